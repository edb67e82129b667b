import { SetupForm } from "@/components/cohorts/setup-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { deletePairAction, moveMenteeAction } from "@/lib/pairing/actions";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";
import { groupOptions, hidden, moveFields } from "./fields";
import { GENDER_SHORT } from "./labels";

type Group = GroupsBoard["groups"][number];
type Mentee = Group["mentees"][number];

function menteeTraits(m: Mentee): string {
  return `(${GENDER_SHORT[m.gender]}${m.international ? ", intl." : ""}${m.languages.length ? `, ${m.languages.join("/")}` : ""})`;
}

/** One pair and its group: mentors, mentees (each movable), agreement status, dissolve. */
export function GroupCard({
  group: g,
  board,
  closed,
  published,
}: {
  group: Group;
  board: GroupsBoard;
  closed: boolean;
  published: boolean;
}) {
  const { groupSize, maxMenteesPerMentor, trainingRequired } = board.cohort;
  return (
    <Card aria-label={g.label}>
      <div className="mb-2 flex items-start justify-between gap-2">
        <h3 className="font-semibold">{g.label}</h3>
        <span className="flex gap-1">
          <Badge tone={g.mentees.length > maxMenteesPerMentor ? "danger" : "neutral"}>
            {g.mentees.length}/{groupSize}
          </Badge>
          {!g.trained ? (
            <Badge tone="warning">{trainingRequired ? "training incomplete" : "untrained (waived)"}</Badge>
          ) : null}
        </span>
      </div>
      <p className="text-sm">
        <span className="text-clinical-700">Clinical:</span> {g.clinicalName}
      </p>
      <p className="text-sm">
        <span className="text-preclinical-700">Preclinical:</span> {g.preclinicalName}
      </p>
      {g.mentees.length ? (
        <ul className="mt-3 divide-y divide-stone-100 text-sm" aria-label={`Mentees of ${g.label}`}>
          {g.mentees.map((m) => (
            <li key={m.id} className="py-2">
              <div className="flex items-center justify-between gap-2">
                <span>
                  {m.name} <span className="text-stone-500">{menteeTraits(m)}</span>
                </span>
              </div>
              {!closed ? (
                <details>
                  <summary className="text-brand-700 inline-flex min-h-11 cursor-pointer items-center text-sm">
                    Move <span className="sr-only">{m.name}</span>
                  </summary>
                  <SetupForm
                    label={`Move ${m.name}`}
                    action={moveMenteeAction}
                    submitLabel="Move"
                    fields={moveFields(m.id, "move", "To", groupOptions(board.groups, groupSize, g.id))}
                  />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-stone-600">No mentees yet.</p>
      )}
      {published && g.notAcknowledged.length ? (
        <p className="mt-3 text-sm text-amber-800">Agreement not yet acknowledged by: {g.notAcknowledged.join(", ")}</p>
      ) : published ? (
        <p className="mt-3 text-sm text-emerald-800">Everyone acknowledged the agreement.</p>
      ) : null}
      {!closed ? (
        <SetupForm
          className="mt-3"
          label={`Dissolve ${g.label}`}
          action={deletePairAction}
          variant="secondary"
          submitLabel="Dissolve pair"
          confirmMessage={`Dissolve ${g.label}? Its mentees become unassigned. A pair with contacts, meetings or referrals stays.`}
          fields={[hidden("pairId", g.id)]}
        />
      ) : null}
    </Card>
  );
}

/** Every group, as cards. */
export function GroupsSection(props: { board: GroupsBoard; closed: boolean; published: boolean }) {
  const { board } = props;
  return (
    <section aria-labelledby="groups-heading" className="mt-6">
      <h2 id="groups-heading" className="mb-3 text-lg font-semibold">
        Groups
      </h2>
      {board.groups.length === 0 ? (
        <EmptyState title="No pairs yet">Form pairs first: each looks after one group.</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {board.groups.map((g) => (
            <GroupCard key={g.id} group={g} {...props} />
          ))}
        </div>
      )}
    </section>
  );
}

/** Mentees without a group, each with a place form. */
export function UnassignedCard({ board, closed }: { board: GroupsBoard; closed: boolean }) {
  if (board.unassigned.length === 0) return null;
  return (
    <Card aria-labelledby="unassigned-heading" className="mt-6">
      <CardHeader id="unassigned-heading" title={`Mentees without a group (${board.unassigned.length})`} />
      <ul className="divide-y divide-stone-100 text-sm" aria-label="Mentees without a group">
        {board.unassigned.map((m) => (
          <li key={m.id} className="py-2">
            <span>{m.name}</span> <span className="text-stone-500">({GENDER_SHORT[m.gender]})</span>
            {!closed && board.groups.length ? (
              <SetupForm
                inline
                label={`Place ${m.name}`}
                action={moveMenteeAction}
                submitLabel="Place"
                fields={moveFields(m.id, "place", "Group", groupOptions(board.groups, board.cohort.groupSize))}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
