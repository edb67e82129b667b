import { getTranslations } from "next-intl/server";
import { Scroll } from "./scroll";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import type { FeedbackRound } from "@/lib/surveys/data";
import type { Formatter } from "@/lib/i18n/format";
import { meanSd } from "./results";

/** Feedback on one mentor, round by round (the trend over the year); a round below the threshold says so. */
export async function FeedbackRounds({ rounds, f }: { rounds: FeedbackRound[]; f: Formatter }) {
  const t = await getTranslations("surveys");
  if (rounds.length === 0) return <EmptyState title={t("feedback.none")} />;
  const likert = rounds[0].items.length ? rounds[0].items : (rounds.find((r) => r.shown)?.items ?? []);
  const prompts = likert.filter((i) => i.kind === "LIKERT_5");
  const cells = await Promise.all(
    rounds.map(async (r) => ({
      r,
      values: await Promise.all(
        prompts.map((p) => meanSd(f, r.items.find((i) => i.position === p.position)?.overall ?? null)),
      ),
    })),
  );
  return (
    <div className="space-y-6">
      {prompts.length > 0 ? (
        <Card aria-labelledby="trend-heading">
          <CardHeader id="trend-heading" title={t("feedback.round")} />
          <Scroll label={t("feedback.round")}>
            <table className="w-full min-w-[32rem] text-sm">
              <thead>
                <tr className="border-b border-stone-200">
                  <th scope="col" className="py-2 pe-3 text-start font-medium">
                    {t("feedback.round")}
                  </th>
                  {prompts.map((p) => (
                    <th key={p.id} scope="col" className="py-2 pe-3 text-start font-medium">
                      {p.prompt}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {cells.map(({ r, values }) => (
                  <tr key={r.surveyId} className="border-b border-stone-100">
                    <th scope="row" className="py-2 pe-3 text-start font-normal">
                      {r.title}
                      <span className="block text-xs text-stone-600">{f.date(r.closesAt)}</span>
                    </th>
                    {r.shown ? (
                      values.map((v, i) => (
                        <td key={i} className="py-2 pe-3 tabular-nums">
                          {v}
                        </td>
                      ))
                    ) : (
                      <td colSpan={prompts.length} className="py-2 text-stone-600">
                        {t("feedback.waiting")}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        </Card>
      ) : (
        <EmptyState title={t("feedback.waiting")} />
      )}
      {rounds
        .filter((r) => r.shown)
        .map((r) => {
          const comments = r.items.flatMap((i) => (i.texts && !i.texts.suppressed ? i.texts.texts : []));
          if (comments.length === 0) return null;
          return (
            <Card key={r.surveyId} aria-labelledby={`comments-${r.surveyId}`}>
              <CardHeader id={`comments-${r.surveyId}`} title={`${t("feedback.comments")} · ${r.title}`} />
              <ul className="list-disc space-y-1 ps-5 text-sm">
                {comments.map((c, i) => (
                  <li key={i} dir="auto">
                    {c}
                  </li>
                ))}
              </ul>
            </Card>
          );
        })}
    </div>
  );
}
