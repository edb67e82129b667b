import { useTranslations } from "next-intl";
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
  const t = useTranslations("pairing.pairs");
  const clinical = board.freeMentors.filter((m) => m.phase === "CLINICAL");
  const preclinical = board.freeMentors.filter((m) => m.phase === "PRECLINICAL");
  const choose = (ms: typeof clinical) => [
    { value: "", label: t("choose") },
    ...ms.map((m) => ({ value: m.id, label: m.user.name })),
  ];
  return (
    <Card aria-labelledby="pairs-heading">
      <CardHeader
        id="pairs-heading"
        title={t("title")}
        description={t("description", {
          pairs: board.totalGroups,
          clinical: clinical.length,
          preclinical: preclinical.length,
        })}
      />
      {!closed && clinical.length && preclinical.length ? (
        <div className="space-y-6">
          {!published ? (
            <SetupForm
              label={t("suggestForm")}
              action={suggestPairsAction}
              submitLabel={t("suggest")}
              pendingLabel={t("suggesting")}
              fields={[
                hidden("cohortId", cohortId),
                { name: "mixGender", label: t("mixGender"), type: "checkbox", defaultValue: "on" },
                { name: "shareLanguage", label: t("shareLanguage"), type: "checkbox", defaultValue: "on" },
              ]}
            />
          ) : null}
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium">
              {t("byHand")}
            </summary>
            <SetupForm
              label={t("form")}
              action={createPairAction}
              submitLabel={t("submit")}
              fields={[
                hidden("cohortId", cohortId),
                { name: "clinicalMentorId", label: t("clinical"), type: "select", options: choose(clinical) },
                { name: "preclinicalMentorId", label: t("preclinical"), type: "select", options: choose(preclinical) },
                { name: "label", label: t("label"), optional: true, hint: t("labelHint") },
              ]}
            />
          </details>
        </div>
      ) : board.totalGroups === 0 ? (
        <EmptyState title={t("noMentors")}>{t("noMentorsBody")}</EmptyState>
      ) : null}
    </Card>
  );
}
