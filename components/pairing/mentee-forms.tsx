import { SetupForm, type SetupField } from "@/components/cohorts/setup-form";
import { Card, CardHeader } from "@/components/ui/card";
import { drawMenteesAction, redrawMenteesAction, suggestGroupsAction, swapMenteeAction } from "@/lib/pairing/actions";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";
import { hidden } from "./fields";
import { DEFAULT_WEIGHTS, MAX_WEIGHT, WEIGHT_FIELDS } from "./labels";

const GENDER_FIELDS = [
  { gender: "FEMALE", name: "female", label: "Female first-years" },
  { gender: "MALE", name: "male", label: "Male first-years" },
  { gender: "OTHER", name: "other", label: "First-years of another gender" },
  { gender: "UNDISCLOSED", name: "undisclosed", label: "First-years with an undisclosed gender" },
] as const;

type ByGender = GroupsBoard["draw"]["waitingByGender"];

/** "18 female, 18 male" (the genders that have anyone). */
function genderSummary(counts: ByGender): string {
  const words = { FEMALE: "female", MALE: "male", OTHER: "another gender", UNDISCLOSED: "undisclosed" } as const;
  return GENDER_FIELDS.filter((f) => counts[f.gender] > 0)
    .map((f) => `${counts[f.gender]} ${words[f.gender]}`)
    .join(", ");
}

/** The numbers of a draw: so many of each gender, or a total; and the seed. */
function drawFields(board: GroupsBoard, idPrefix: string): SetupField[] {
  const waiting = board.draw.waitingByGender;
  const proposed = board.totalGroups * board.cohort.groupSize;
  return [
    ...GENDER_FIELDS.map((f) => ({
      id: `${idPrefix}${f.name}`,
      name: f.name,
      label: f.label,
      type: "number" as const,
      min: 0,
      optional: true,
      // a redo draws from the drawn and the waiting alike
      hint: idPrefix
        ? `${waiting[f.gender] + board.draw.drawnByGender[f.gender]} to draw from (drawn or waiting)`
        : `${waiting[f.gender]} waiting`,
    })),
    {
      id: `${idPrefix}count`,
      name: "count",
      label: "How many mentees",
      type: "number",
      min: 1,
      optional: true,
      defaultValue: idPrefix ? "" : String(Math.min(board.candidatePool, proposed) || ""),
      hint: "In all. With numbers by gender, leave it empty (or enter their sum).",
    },
    {
      id: `${idPrefix}seed`,
      name: "seed",
      label: "Seed",
      optional: true,
      hint: "Leave empty for a random one. The seed is shown here after the draw: the same seed and first-years give the same mentees.",
    },
  ];
}

/** Step 2 of the groups page: the random draw of mentees (redo and swap before publishing), then suggested groups. */
export function MenteesCard({
  cohortId,
  board,
  closed,
  published,
}: {
  cohortId: string;
  board: GroupsBoard;
  closed: boolean;
  published: boolean;
}) {
  const seed = board.cohort.menteeDrawSeed;
  const drawnCount = Object.values(board.draw.drawnByGender).reduce((a, b) => a + b, 0);
  const changeable = !closed && !published && !!seed;
  const person = (p: { id: string; name: string; email: string }) => ({ value: p.id, label: `${p.name} (${p.email})` });
  return (
    <Card aria-labelledby="draw-heading">
      <CardHeader
        id="draw-heading"
        title="2. Mentees"
        description={
          seed
            ? `${drawnCount} mentees drawn with seed ${seed}; ${board.candidatePool} first-years not drawn.`
            : `${board.candidatePool} first-year students waiting (${genderSummary(board.draw.waitingByGender) || "none"}); ${board.mentees} mentees so far.`
        }
      />
      {seed ? (
        <dl className="mb-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" aria-label="Seed and numbers drawn">
          <dt className="font-medium text-stone-700">Seed</dt>
          <dd>
            <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-stone-900">{seed}</code>
          </dd>
          <dt className="font-medium text-stone-700">Drawn</dt>
          <dd>{genderSummary(board.draw.drawnByGender) || "nobody"}</dd>
        </dl>
      ) : null}
      {!closed && !seed ? (
        <SetupForm
          label="Random selection"
          action={drawMenteesAction}
          submitLabel="Draw mentees at random"
          pendingLabel="Drawing…"
          fields={[hidden("cohortId", cohortId), ...drawFields(board, "")]}
        />
      ) : null}
      {changeable ? (
        <div className="mt-2 space-y-3 border-t border-stone-100 pt-4">
          <details className="rounded-lg border border-stone-200 p-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-stone-900">Swap one drawn mentee</summary>
            <SetupForm
              className="mt-3 space-y-4"
              label="Swap a drawn mentee"
              action={swapMenteeAction}
              submitLabel="Swap"
              pendingLabel="Swapping…"
              fields={[
                hidden("cohortId", cohortId),
                {
                  name: "outId",
                  label: "Drawn mentee to take out",
                  type: "select",
                  options: [{ value: "", label: "Choose a drawn mentee" }, ...board.draw.drawn.map(person)],
                },
                {
                  name: "incoming",
                  label: "First-year to draw instead",
                  hint: `Their student number or email (${board.candidatePool} waiting; suggestions for the first ${board.draw.suggestions.length} by name).`,
                  suggestions: board.draw.suggestions,
                },
                {
                  name: "reason",
                  label: "Reason for the swap",
                  type: "textarea",
                  rows: 2,
                  hint: "Required. The one taken out leaves their group place; suggest groups fills it.",
                },
              ]}
            />
          </details>
          <details className="rounded-lg border border-stone-200 p-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-stone-900">Redo the draw</summary>
            <SetupForm
              className="mt-3 space-y-4"
              label="Redo the draw"
              action={redrawMenteesAction}
              submitLabel="Redo the draw"
              pendingLabel="Drawing…"
              variant="danger"
              fields={[
                hidden("cohortId", cohortId),
                ...drawFields(board, "redo-"),
                {
                  id: "redo-confirm",
                  name: "confirm",
                  label: `Yes: the ${drawnCount} drawn mentees go back to the first-years waiting (and out of their groups), and the draw is made again`,
                  type: "checkbox",
                },
              ]}
            />
          </details>
        </div>
      ) : null}
      {!closed && board.unassignedTotal > 0 && board.totalGroups > 0 ? (
        <div className="mt-6 border-t border-stone-100 pt-4">
          <SetupForm
            label="Suggest groups"
            action={suggestGroupsAction}
            submitLabel="Suggest groups"
            pendingLabel="Grouping…"
            fields={[
              hidden("cohortId", cohortId),
              ...WEIGHT_FIELDS.map((f) => ({
                name: f.name,
                label: f.label,
                type: "number" as const,
                defaultValue: String(DEFAULT_WEIGHTS[f.criterion]),
                min: 0,
                max: MAX_WEIGHT,
              })),
            ]}
          />
          <p className="mt-2 text-sm text-stone-600">
            Gender is always balanced; weights 0–{MAX_WEIGHT} decide which shared characteristics count most.
          </p>
        </div>
      ) : null}
    </Card>
  );
}
