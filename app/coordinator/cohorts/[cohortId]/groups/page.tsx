import { notFound } from "next/navigation";
import { CohortHeader } from "@/components/cohorts/cohort-tabs";
import { SetupForm } from "@/components/cohorts/setup-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { getCohortSettings, requireCohortCoordinator } from "@/lib/cohorts/queries";
import { formatDay } from "@/lib/format";
import {
  createPairAction,
  deletePairAction,
  drawMenteesAction,
  moveMenteeAction,
  publishGroupsAction,
  suggestGroupsAction,
  suggestPairsAction,
} from "@/lib/pairing/actions";
import { getGroupsBoard } from "@/lib/pairing/setup-queries";

export const metadata = { title: "Pairs and groups" };

const GENDER: Record<string, string> = { FEMALE: "F", MALE: "M", OTHER: "O", UNDISCLOSED: "–" };

export default async function GroupsPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const { cohortId } = await params;
  const actor = await requireCohortCoordinator(cohortId);
  const [cohort, board] = await Promise.all([getCohortSettings(actor), getGroupsBoard(actor)]);
  if (!cohort || !board) notFound();
  const closed = cohort.status === "CLOSED";
  const published = !!board.cohort.groupsPublishedAt;
  const hidden = (name: string, value: string) => ({ name, label: "", type: "hidden" as const, defaultValue: value });
  const clinical = board.freeMentors.filter((m) => m.phase === "CLINICAL");
  const preclinical = board.freeMentors.filter((m) => m.phase === "PRECLINICAL");
  const groupOptions = (exceptPairId?: string) => [
    { value: "", label: exceptPairId ? "No group" : "Choose a group" },
    ...board.groups
      .filter((g) => g.id !== exceptPairId)
      .map((g) => ({ value: g.id, label: `${g.label} (${g.mentees.length}/${board.cohort.groupSize})` })),
  ];
  const b = board.balance;
  return (
    <>
      <CohortHeader cohort={cohort} current="/groups" />
      <p className="mb-6 max-w-prose text-stone-700">
        {published
          ? `Published ${formatDay(board.cohort.groupsPublishedAt!)}: mentors and mentees see their groups. Every change from now on is recorded and announced to the people it affects.`
          : "Draft: pairs and groups are invisible to mentors and mentees until you publish them."}
      </p>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="pairs-heading">
          <CardHeader
            id="pairs-heading"
            title="1. Mentor pairs"
            description={`${board.groups.length} pairs · ${clinical.length} clinical and ${preclinical.length} preclinical mentors not yet paired`}
          />
          {!closed && clinical.length && preclinical.length ? (
            <div className="space-y-6">
              {!published ? (
                <SetupForm
                  label="Suggest pairs"
                  action={suggestPairsAction}
                  submitLabel="Suggest pairs"
                  pendingLabel="Pairing…"
                  fields={[
                    hidden("cohortId", cohort.id),
                    { name: "mixGender", label: "Mix genders within a pair", type: "checkbox", defaultValue: "on" },
                    { name: "shareLanguage", label: "Prefer a shared language", type: "checkbox", defaultValue: "on" },
                  ]}
                />
              ) : null}
              <details>
                <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium">
                  Form a pair by hand
                </summary>
                <SetupForm
                  label="Form a pair"
                  action={createPairAction}
                  submitLabel="Form pair"
                  fields={[
                    hidden("cohortId", cohort.id),
                    {
                      name: "clinicalMentorId",
                      label: "Clinical mentor",
                      type: "select",
                      options: [
                        { value: "", label: "Choose" },
                        ...clinical.map((m) => ({ value: m.id, label: m.user.name })),
                      ],
                    },
                    {
                      name: "preclinicalMentorId",
                      label: "Preclinical mentor",
                      type: "select",
                      options: [
                        { value: "", label: "Choose" },
                        ...preclinical.map((m) => ({ value: m.id, label: m.user.name })),
                      ],
                    },
                    { name: "label", label: "Label", optional: true, hint: "Empty: the next free “Group N”." },
                  ]}
                />
              </details>
            </div>
          ) : board.groups.length === 0 ? (
            <EmptyState title="No accepted mentors to pair">
              Accept clinical and preclinical applicants first.
            </EmptyState>
          ) : null}
        </Card>

        <Card aria-labelledby="draw-heading">
          <CardHeader
            id="draw-heading"
            title="2. Mentees"
            description={
              board.cohort.menteeDrawSeed
                ? `${board.mentees} mentees drawn with seed ${board.cohort.menteeDrawSeed} (in the audit trail); ${board.candidatePool} first-years not drawn.`
                : `${board.candidatePool} first-year students waiting; ${board.mentees} mentees so far.`
            }
          />
          {!closed && !board.cohort.menteeDrawSeed ? (
            <SetupForm
              label="Random selection"
              action={drawMenteesAction}
              submitLabel="Draw mentees at random"
              pendingLabel="Drawing…"
              fields={[
                hidden("cohortId", cohort.id),
                {
                  name: "count",
                  label: "How many mentees",
                  type: "number",
                  defaultValue: String(
                    Math.min(board.candidatePool, board.groups.length * board.cohort.groupSize) || "",
                  ),
                  min: 1,
                  hint: "A random seed is recorded so the draw can be repeated and checked.",
                },
              ]}
            />
          ) : null}
          {!closed && board.unassigned.length > 0 && board.groups.length > 0 ? (
            <div className="mt-6 border-t border-stone-100 pt-4">
              <SetupForm
                label="Suggest groups"
                action={suggestGroupsAction}
                submitLabel="Suggest groups"
                pendingLabel="Grouping…"
                fields={[
                  hidden("cohortId", cohort.id),
                  {
                    name: "weightLanguage",
                    label: "Weight: shared language (international mentees)",
                    type: "number",
                    defaultValue: "3",
                    min: 0,
                    max: 5,
                  },
                  {
                    name: "weightInternational",
                    label: "Weight: international mentor for international mentee",
                    type: "number",
                    defaultValue: "2",
                    min: 0,
                    max: 5,
                  },
                  {
                    name: "weightDormitory",
                    label: "Weight: dormitory mentor for dormitory mentee",
                    type: "number",
                    defaultValue: "1",
                    min: 0,
                    max: 5,
                  },
                ]}
              />
              <p className="mt-2 text-sm text-stone-600">
                Gender is always balanced; weights 0–5 decide which shared characteristics count most.
              </p>
            </div>
          ) : null}
        </Card>
      </div>

      <Card aria-labelledby="balance-heading" className="mt-6">
        <CardHeader
          id="balance-heading"
          title="Balance report"
          description={`${b.total} mentees in groups (${b.female} female). Top matching criterion met for ${b.criterionMet} of ${b.withCriterion}${b.topCriterionShare === null ? "" : ` (${Math.round(b.topCriterionShare * 100)}%)`}.`}
        />
        {b.rows.length === 0 ? (
          <EmptyState title="No groups yet" />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-md text-left text-sm" aria-label="Balance report">
              <thead className="border-b border-stone-200 text-stone-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Group
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Size
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Female
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Male
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Other / not given
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Top criterion met
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100 tabular-nums">
                {b.rows.map((r) => (
                  <tr key={r.pairId}>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {r.label}
                    </th>
                    <td className="py-2 pr-3 text-right">
                      {r.size}/{board.cohort.groupSize}
                    </td>
                    <td className="py-2 pr-3 text-right">{r.female}</td>
                    <td className="py-2 pr-3 text-right">{r.male}</td>
                    <td className="py-2 pr-3 text-right">{r.other}</td>
                    <td className="py-2 text-right">
                      {r.withCriterion ? `${r.criterionMet}/${r.withCriterion}` : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {!closed && !published ? (
          <div className="mt-6 border-t border-stone-100 pt-4">
            <SetupForm
              label="Publish groups"
              action={publishGroupsAction}
              submitLabel="Publish pairs and groups"
              pendingLabel="Publishing…"
              confirmMessage="Publish now? Mentors and mentees are notified and see their groups."
              fields={[hidden("cohortId", cohort.id)]}
            />
          </div>
        ) : null}
      </Card>

      <section aria-labelledby="groups-heading" className="mt-6">
        <h2 id="groups-heading" className="mb-3 text-lg font-semibold">
          Groups
        </h2>
        {board.groups.length === 0 ? (
          <EmptyState title="No pairs yet">Form pairs first: each looks after one group.</EmptyState>
        ) : (
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {board.groups.map((g) => (
              <Card key={g.id} aria-label={g.label}>
                <div className="mb-2 flex items-start justify-between gap-2">
                  <h3 className="font-semibold">{g.label}</h3>
                  <span className="flex gap-1">
                    <Badge tone={g.mentees.length > board.cohort.maxMenteesPerMentor ? "danger" : "neutral"}>
                      {g.mentees.length}/{board.cohort.groupSize}
                    </Badge>
                    {!g.trained ? (
                      <Badge tone="warning">
                        {board.cohort.trainingRequired ? "training incomplete" : "untrained (waived)"}
                      </Badge>
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
                            {m.name}{" "}
                            <span className="text-stone-500">
                              ({GENDER[m.gender]}
                              {m.international ? ", intl." : ""}
                              {m.languages.length ? `, ${m.languages.join("/")}` : ""})
                            </span>
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
                              fields={[
                                hidden("menteeId", m.id),
                                {
                                  name: "pairId",
                                  id: `move-${m.id}`,
                                  label: "To",
                                  type: "select",
                                  options: groupOptions(g.id),
                                },
                                {
                                  name: "confirmOverLimit",
                                  id: `over-${m.id}`,
                                  label: "Allow more than the per-mentor limit",
                                  type: "checkbox",
                                },
                              ]}
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
                  <p className="mt-3 text-sm text-amber-800">
                    Agreement not yet acknowledged by: {g.notAcknowledged.join(", ")}
                  </p>
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
                    confirmMessage={`Dissolve ${g.label}? Its mentees become unassigned.`}
                    fields={[hidden("pairId", g.id)]}
                  />
                ) : null}
              </Card>
            ))}
          </div>
        )}
      </section>

      {board.unassigned.length ? (
        <Card aria-labelledby="unassigned-heading" className="mt-6">
          <CardHeader id="unassigned-heading" title={`Mentees without a group (${board.unassigned.length})`} />
          <ul className="divide-y divide-stone-100 text-sm" aria-label="Mentees without a group">
            {board.unassigned.map((m) => (
              <li key={m.id} className="py-2">
                <span>{m.name}</span> <span className="text-stone-500">({GENDER[m.gender]})</span>
                {!closed && board.groups.length ? (
                  <SetupForm
                    inline
                    label={`Place ${m.name}`}
                    action={moveMenteeAction}
                    submitLabel="Place"
                    fields={[
                      hidden("menteeId", m.id),
                      { name: "pairId", id: `place-${m.id}`, label: "Group", type: "select", options: groupOptions() },
                      {
                        name: "confirmOverLimit",
                        id: `pover-${m.id}`,
                        label: "Allow more than the per-mentor limit",
                        type: "checkbox",
                      },
                    ]}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card aria-labelledby="load-heading" className="mt-6">
        <CardHeader
          id="load-heading"
          title="Mentor load"
          description={`Limit: ${board.cohort.maxMenteesPerMentor} mentees per mentor. Overdue: mentees of the pair whose contact is overdue (either mentor can catch up).`}
        />
        {board.load.length === 0 ? (
          <EmptyState title="No mentors in pairs yet" />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-md text-left text-sm" aria-label="Mentor load">
              <thead className="border-b border-stone-200 text-stone-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Mentor
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Pair
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Mentees
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Contacts logged
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Meetings
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Overdue
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100 tabular-nums">
                {board.load.map((m) => (
                  <tr key={m.membershipId}>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {m.name}
                    </th>
                    <td className="py-2 pr-3">{m.pair}</td>
                    <td className="py-2 pr-3 text-right">
                      {m.mentees}{" "}
                      {m.overLimit ? (
                        <Badge tone="danger">over limit</Badge>
                      ) : m.atLimit ? (
                        <Badge tone="warning">at limit</Badge>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3 text-right">{m.contacts}</td>
                    <td className="py-2 pr-3 text-right">{m.meetings}</td>
                    <td className="py-2 text-right">{m.overdue > 0 ? <Badge tone="warning">{m.overdue}</Badge> : 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
