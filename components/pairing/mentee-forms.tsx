import { SetupForm } from "@/components/cohorts/setup-form";
import { Card, CardHeader } from "@/components/ui/card";
import { drawMenteesAction, suggestGroupsAction } from "@/lib/pairing/actions";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";
import { hidden } from "./fields";
import { DEFAULT_WEIGHTS, MAX_WEIGHT, WEIGHT_FIELDS } from "./labels";

/** Step 2 of the groups page: the random draw of mentees, then suggested groups. */
export function MenteesCard({ cohortId, board, closed }: { cohortId: string; board: GroupsBoard; closed: boolean }) {
  const seed = board.cohort.menteeDrawSeed;
  return (
    <Card aria-labelledby="draw-heading">
      <CardHeader
        id="draw-heading"
        title="2. Mentees"
        description={
          seed
            ? `${board.mentees} mentees drawn with seed ${seed} (in the audit trail); ${board.candidatePool} first-years not drawn.`
            : `${board.candidatePool} first-year students waiting; ${board.mentees} mentees so far.`
        }
      />
      {!closed && !seed ? (
        <SetupForm
          label="Random selection"
          action={drawMenteesAction}
          submitLabel="Draw mentees at random"
          pendingLabel="Drawing…"
          fields={[
            hidden("cohortId", cohortId),
            {
              name: "count",
              label: "How many mentees",
              type: "number",
              defaultValue: String(Math.min(board.candidatePool, board.groups.length * board.cohort.groupSize) || ""),
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
