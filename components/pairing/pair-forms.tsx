import { SetupForm } from "@/components/cohorts/setup-form";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { createPairAction, suggestPairsAction } from "@/lib/pairing/actions";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";
import { hidden } from "./fields";

/** Step 1 of the groups page: suggested pairs (before publishing) and a pair formed by hand. */
export function PairsCard({
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
  const clinical = board.freeMentors.filter((m) => m.phase === "CLINICAL");
  const preclinical = board.freeMentors.filter((m) => m.phase === "PRECLINICAL");
  const choose = (ms: typeof clinical) => [
    { value: "", label: "Choose" },
    ...ms.map((m) => ({ value: m.id, label: m.user.name })),
  ];
  return (
    <Card aria-labelledby="pairs-heading">
      <CardHeader
        id="pairs-heading"
        title="1. Mentor pairs"
        description={`${board.totalGroups} pairs · ${clinical.length} clinical and ${preclinical.length} preclinical mentors not yet paired`}
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
                hidden("cohortId", cohortId),
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
                hidden("cohortId", cohortId),
                { name: "clinicalMentorId", label: "Clinical mentor", type: "select", options: choose(clinical) },
                {
                  name: "preclinicalMentorId",
                  label: "Preclinical mentor",
                  type: "select",
                  options: choose(preclinical),
                },
                { name: "label", label: "Label", optional: true, hint: "Empty: the next free “Group N”." },
              ]}
            />
          </details>
        </div>
      ) : board.totalGroups === 0 ? (
        <EmptyState title="No accepted mentors to pair">Accept clinical and preclinical applicants first.</EmptyState>
      ) : null}
    </Card>
  );
}
