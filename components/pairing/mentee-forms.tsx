import { useTranslations } from "next-intl";
import { SetupForm, type SetupField } from "@/components/cohorts/setup-form";
import { Card, CardHeader } from "@/components/ui/card";
import { drawMenteesAction, redrawMenteesAction, suggestGroupsAction, swapMenteeAction } from "@/lib/pairing/actions";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";
import { hidden } from "./fields";
import { DEFAULT_WEIGHTS, MAX_WEIGHT, WEIGHT_FIELDS } from "./labels";

const GENDER_FIELDS = [
  { gender: "FEMALE", name: "female" },
  { gender: "MALE", name: "male" },
  { gender: "OTHER", name: "other" },
  { gender: "UNDISCLOSED", name: "undisclosed" },
] as const;

type ByGender = GroupsBoard["draw"]["waitingByGender"];
type T = ReturnType<typeof useTranslations<"pairing.draw">>;

/** "18 female, 18 male" (the genders that have anyone). */
function genderSummary(t: T, counts: ByGender): string {
  return GENDER_FIELDS.filter((f) => counts[f.gender] > 0)
    .map((f) => t(`genderCount.${f.gender}`, { n: counts[f.gender] }))
    .join(t("separator"));
}

/** The numbers of a draw: so many of each gender, or a total; and the seed. */
function drawFields(t: T, board: GroupsBoard, idPrefix: string): SetupField[] {
  const waiting = board.draw.waitingByGender;
  const proposed = board.totalGroups * board.cohort.groupSize;
  return [
    ...GENDER_FIELDS.map((f) => ({
      id: `${idPrefix}${f.name}`,
      name: f.name,
      label: t(`gender.${f.gender}`),
      type: "number" as const,
      min: 0,
      optional: true,
      // a redo draws from the drawn and the waiting alike
      hint: idPrefix
        ? t("toDrawFrom", { n: waiting[f.gender] + board.draw.drawnByGender[f.gender] })
        : t("waiting", { n: waiting[f.gender] }),
    })),
    {
      id: `${idPrefix}count`,
      name: "count",
      label: t("count"),
      type: "number",
      min: 1,
      optional: true,
      defaultValue: idPrefix ? "" : String(Math.min(board.candidatePool, proposed) || ""),
      hint: t("countHint"),
    },
    { id: `${idPrefix}seed`, name: "seed", label: t("seed"), optional: true, hint: t("seedHint") },
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
  const t = useTranslations("pairing.draw");
  const person = (p: { id: string; name: string; email: string }) => ({
    value: p.id,
    label: t("person", { name: p.name, email: p.email }),
  });
  return (
    <Card aria-labelledby="draw-heading">
      <CardHeader
        id="draw-heading"
        title={t("title")}
        description={
          seed
            ? t("drawn", { drawn: drawnCount, seed, pool: board.candidatePool })
            : t("waitingSummary", {
                pool: board.candidatePool,
                genders: genderSummary(t, board.draw.waitingByGender) || t("none"),
                mentees: board.mentees,
              })
        }
      />
      {seed ? (
        <dl className="mb-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" aria-label={t("numbers")}>
          <dt className="font-medium text-stone-700">{t("seed")}</dt>
          <dd>
            <code dir="ltr" className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-stone-900">
              {seed}
            </code>
          </dd>
          <dt className="font-medium text-stone-700">{t("drawnLabel")}</dt>
          <dd>{genderSummary(t, board.draw.drawnByGender) || t("nobody")}</dd>
        </dl>
      ) : null}
      {!closed && !seed ? (
        <SetupForm
          label={t("form")}
          action={drawMenteesAction}
          submitLabel={t("submit")}
          pendingLabel={t("drawing")}
          fields={[hidden("cohortId", cohortId), ...drawFields(t, board, "")]}
        />
      ) : null}
      {changeable ? (
        <div className="mt-2 space-y-3 border-t border-stone-100 pt-4">
          <details className="rounded-lg border border-stone-200 p-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-stone-900">{t("swapSummary")}</summary>
            <SetupForm
              className="mt-3 space-y-4"
              label={t("swapForm")}
              action={swapMenteeAction}
              submitLabel={t("swap")}
              pendingLabel={t("swapping")}
              fields={[
                hidden("cohortId", cohortId),
                {
                  name: "outId",
                  label: t("outId"),
                  type: "select",
                  options: [{ value: "", label: t("chooseDrawn") }, ...board.draw.drawn.map(person)],
                },
                {
                  name: "incoming",
                  label: t("inId"),
                  hint: t("incomingHint", { waiting: board.candidatePool, shown: board.draw.suggestions.length }),
                  suggestions: board.draw.suggestions,
                },
                {
                  name: "reason",
                  label: t("reason"),
                  type: "textarea",
                  rows: 2,
                  hint: t("reasonHint"),
                },
              ]}
            />
          </details>
          <details className="rounded-lg border border-stone-200 p-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-stone-900">{t("redo")}</summary>
            <SetupForm
              className="mt-3 space-y-4"
              label={t("redo")}
              action={redrawMenteesAction}
              submitLabel={t("redo")}
              pendingLabel={t("drawing")}
              variant="danger"
              fields={[
                hidden("cohortId", cohortId),
                ...drawFields(t, board, "redo-"),
                {
                  id: "redo-confirm",
                  name: "confirm",
                  label: t("redoConfirm", { count: drawnCount }),
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
            label={t("suggestForm")}
            action={suggestGroupsAction}
            submitLabel={t("suggest")}
            pendingLabel={t("grouping")}
            fields={[
              hidden("cohortId", cohortId),
              ...WEIGHT_FIELDS.map((f) => ({
                name: f.name,
                label: t(`weight.${f.name}`),
                type: "number" as const,
                defaultValue: String(DEFAULT_WEIGHTS[f.criterion]),
                min: 0,
                max: MAX_WEIGHT,
              })),
            ]}
          />
          <p className="mt-2 text-sm text-stone-600">{t("weightsNote", { max: MAX_WEIGHT })}</p>
        </div>
      ) : null}
    </Card>
  );
}
