import Link from "next/link";
import { SetupForm } from "@/components/cohorts/setup-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { PageLinks } from "@/components/ui/page-links";
import { deletePairAction, moveMenteeAction } from "@/lib/pairing/actions";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";
import { hidden, moveFields } from "./fields";
import { GENDER_SHORT } from "./labels";

type Group = GroupsBoard["groups"][number];
type Mentee = Group["mentees"][number];

function menteeTraits(m: Mentee): string {
  return `(${GENDER_SHORT[m.gender]}${m.international ? ", intl." : ""}${m.languages.length ? `, ${m.languages.join("/")}` : ""})`;
}

/** The groups page's URL with its filters and pages (empty ones left out). */
export function groupsHref(base: string, board: GroupsBoard, change: { page?: number; upage?: number } = {}): string {
  const page = change.page ?? board.page;
  const upage = change.upage ?? board.upage;
  const params = new URLSearchParams(
    Object.entries({
      q: board.filter.q,
      show: board.filter.show,
      page: page > 1 ? String(page) : "",
      upage: upage > 1 ? String(upage) : "",
    }).filter(([, v]) => v),
  ).toString();
  return params ? `${base}?${params}` : base;
}

/** One pair and its group: mentors, mentees (one form moves one by the target's label, or takes one out), agreement status, dissolve. */
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
              {m.name} <span className="text-stone-500">{menteeTraits(m)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-stone-600">No mentees yet.</p>
      )}
      {!closed && g.mentees.length ? (
        <details className="mt-2">
          <summary className="text-brand-700 inline-flex min-h-11 cursor-pointer items-center text-sm">
            Move or take out a mentee <span className="sr-only">of {g.label}</span>
          </summary>
          <SetupForm
            label={`Move a mentee of ${g.label}`}
            action={moveMenteeAction}
            submitLabel="Move"
            fields={[
              ...moveFields(`move-${g.id}`, g.mentees, "Mentee", "To group"),
              {
                name: "takeOut",
                id: `move-${g.id}-out`,
                label: "Take out of the group instead (no new group)",
                type: "checkbox",
              },
            ]}
          />
        </details>
      ) : null}
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

/** One page of groups (a search and filters on the server), as cards. */
export function GroupsSection(props: { base: string; board: GroupsBoard; closed: boolean; published: boolean }) {
  const { board, base } = props;
  const { q, show } = board.filter;
  const filtered = !!(q || show);
  return (
    <section aria-labelledby="groups-heading" className="mt-6">
      <h2 id="groups-heading" className="mb-3 text-lg font-semibold">
        Groups
      </h2>
      {board.totalGroups === 0 ? (
        <EmptyState title="No pairs yet">Form pairs first: each looks after one group.</EmptyState>
      ) : (
        <>
          <form
            role="search"
            method="get"
            action={base}
            className="mb-4 flex flex-wrap items-end gap-3"
            aria-label="Find groups"
          >
            <TextField
              id="groups-q"
              name="q"
              type="search"
              label="Group, mentor or mentee"
              defaultValue={q}
              className="sm:w-64"
            />
            <SelectField id="groups-show" name="show" label="Show" defaultValue={show}>
              <option value="">All groups</option>
              <option value="incomplete">Incomplete groups</option>
              <option value="untrained">Untrained mentors</option>
            </SelectField>
            <Button type="submit" variant="secondary">
              Find
            </Button>
            {filtered ? (
              <Link
                href={base}
                className="text-brand-700 inline-flex min-h-11 items-center text-sm font-medium underline"
              >
                Show all groups
              </Link>
            ) : null}
          </form>
          <p className="mb-3 text-sm text-stone-600" role="status">
            {filtered ? `${board.found} of ${board.totalGroups} groups match.` : `${board.totalGroups} groups.`}
            {board.pages > 1 ? ` Page ${board.page} of ${board.pages}.` : ""}
          </p>
          {board.groups.length === 0 ? (
            <EmptyState title="No group matches">Change the search or show all groups.</EmptyState>
          ) : (
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {board.groups.map((g) => (
                <GroupCard key={g.id} group={g} {...props} />
              ))}
            </div>
          )}
          <PageLinks
            page={board.page}
            pages={board.pages}
            href={(n) => groupsHref(base, board, { page: n })}
            label="Pages of groups"
          />
        </>
      )}
    </section>
  );
}

/** Mentees without a group, a page at a time, with one place form for the page. */
export function UnassignedCard({ base, board, closed }: { base: string; board: GroupsBoard; closed: boolean }) {
  if (board.unassignedTotal === 0) return null;
  return (
    <Card aria-labelledby="unassigned-heading" className="mt-6">
      <CardHeader
        id="unassigned-heading"
        title={`Mentees without a group (${board.unassignedTotal})`}
        description={board.filter.q ? `${board.unassignedFound} match “${board.filter.q}”.` : undefined}
      />
      <ul className="divide-y divide-stone-100 text-sm" aria-label="Mentees without a group">
        {board.unassigned.map((m) => (
          <li key={m.id} className="py-2">
            <span>{m.name}</span> <span className="text-stone-500">({GENDER_SHORT[m.gender]})</span>
          </li>
        ))}
      </ul>
      <PageLinks
        page={board.upage}
        pages={board.upages}
        href={(n) => groupsHref(base, board, { upage: n })}
        label="Pages of mentees without a group"
      />
      {!closed && board.totalGroups > 0 && board.unassigned.length > 0 ? (
        <SetupForm
          className="mt-4 space-y-4 border-t border-stone-100 pt-4"
          label="Place a mentee"
          action={moveMenteeAction}
          submitLabel="Place"
          fields={moveFields("place", board.unassigned, "Mentee without a group", "Group")}
        />
      ) : null}
    </Card>
  );
}
