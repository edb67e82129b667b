import Link from "next/link";
import { Scroll } from "@/components/surveys/scroll";
import { getTranslations } from "next-intl/server";
import { Badge, PhaseBadge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { LOW_FEEDBACK } from "@/lib/surveys/data";
import { getMentorFeedbackOverview } from "@/lib/surveys/queries";

export async function generateMetadata() {
  const t = await getTranslations("surveys");
  return { title: t("feedback.supervisorTitle") };
}

export default async function SupervisorFeedbackPage() {
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor/feedback");
  const t = await getTranslations("surveys");
  const rows = await getMentorFeedbackOverview(actor);
  if (!rows) return <EmptyState title={t("noCohort")} />;
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader
        title={t("feedback.supervisorTitle")}
        description={t("feedback.supervisorDescription", { low: LOW_FEEDBACK })}
      />
      <Card>
        <Scroll label={t("feedback.supervisorTitle")}>
          <table className="w-full min-w-[32rem] text-sm">
            <thead>
              <tr className="border-b border-stone-200">
                <th scope="col" className="py-2 pe-3 text-start font-medium">
                  {t("feedback.mentor")}
                </th>
                <th scope="col" className="py-2 pe-3 text-start font-medium">
                  {t("feedback.latest")}
                </th>
                <th scope="col" className="py-2 text-start font-medium">
                  {t("feedback.round")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.mentorId} className="border-b border-stone-100">
                  <th scope="row" className="py-2 pe-3 text-start font-normal">
                    <Link
                      href={`/supervisor/feedback/${r.mentorId}`}
                      className="text-brand-700 hover:underline"
                      aria-label={t("feedback.viewLabel", { name: r.name })}
                    >
                      <bdi>{r.name}</bdi>
                    </Link>
                    {r.phase ? (
                      <span className="ms-2">
                        <PhaseBadge phase={r.phase} />
                      </span>
                    ) : null}
                  </th>
                  <td className="py-2 pe-3 tabular-nums">
                    {r.mean === null ? (
                      <span className="text-stone-600">{t("feedback.noRound")}</span>
                    ) : (
                      <>
                        {f.number(r.mean, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                        {r.mean < LOW_FEEDBACK ? (
                          <Badge tone="danger" className="ms-2">
                            {t("feedback.low")}
                          </Badge>
                        ) : null}
                      </>
                    )}
                  </td>
                  <td className="py-2">{r.surveyTitle ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </Card>
    </>
  );
}
