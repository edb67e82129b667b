import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReferralHistory } from "@/components/referrals/referral-history";
import { ReferralStatusBadge, UrgencyBadge } from "@/components/referrals/status-badge";
import { ReviewSteps } from "@/components/referrals/step-forms";
import { Arrow } from "@/components/ui/arrow";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getReferralAuditTrail, getReferralView } from "@/lib/referrals/queries";
import { splitAuditTrail } from "@/lib/referrals/rules";
import { getDirectory } from "@/lib/support-centres/queries";

export async function generateMetadata() {
  const tm = await getTranslations("referrals.review");
  return { title: tm("title") };
}
export const dynamic = "force-dynamic";

// i18n-keys: referrals.review.audit.action.*
const AUDITED = new Set(["read", "created", "acknowledge", "requestInfo", "answer", "forward", "close", "decline"]);

/**
 * The supervisor's referral: the reason, then one next-step form (the others behind buttons),
 * the audit trail one tap away from the top (changes on their own, reads grouped by reader), and
 * the history.
 */
export default async function SupervisorReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor");
  const t = await getTranslations("referrals");
  const r = await getReferralView(actor, id, "SUPERVISOR");
  if (!r || r.kind !== "content") notFound();
  const [trail, directory] = await Promise.all([
    getReferralAuditTrail(actor, id),
    r.steps.includes("forward") ? getDirectory(actor) : null,
  ]);
  const f = await requestFormatter(membership.cohort.timeZone);
  const { changes, reads } = splitAuditTrail(trail ?? []);
  const readTimes = reads.reduce((n, g) => n + g.times, 0);
  const actionLabel = (action: string) => {
    const key = action.replace(/^referral\./, "");
    return AUDITED.has(key) ? t(`review.audit.action.${key}`) : action;
  };
  const role = (as: string | null) => (as ? t("review.audit.as", { role: as }) : "");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/supervisor" className="text-brand-700 font-medium underline">
          <Arrow to="back" /> {t("review.back")}
        </Link>
      </p>
      <PageHeader
        title={t("review.heading", { name: r.menteeName })}
        description={t("review.description", {
          pair: r.pairLabel,
          mentor: r.mentorName,
          when: f.dateTime(r.createdAt),
        })}
      />
      <div className="mb-6 flex flex-wrap items-center gap-2">
        <UrgencyBadge urgency={r.urgency} />
        <ReferralStatusBadge status={r.status} />
        <Badge>{t(`category.${r.category}`)}</Badge>
        {r.overdue ? <Badge tone="danger">{t("review.overdue")}</Badge> : null}
        <a href="#audit-heading" className="text-brand-700 ms-auto text-sm font-medium underline underline-offset-2">
          {t("review.audit.jump", { changes: changes.length, reads: readTimes })}
        </a>
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card aria-labelledby="reason-heading">
            <CardHeader id="reason-heading" title={t("review.reasonTitle")} description={t("review.reasonIntro")} />
            <p className="whitespace-pre-line text-stone-900" dir="auto">
              {r.reason}
            </p>
            <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-stone-600">{t("review.knows")}</dt>
                <dd className="font-medium">{r.menteeInformed ? t("form.yes") : t("form.no")}</dd>
              </div>
              <div>
                <dt className="text-stone-600">{t("review.agrees")}</dt>
                <dd className="font-medium">{r.menteeConsented ? t("form.yes") : t("form.no")}</dd>
              </div>
              {r.contactLog ? (
                <div className="sm:col-span-2">
                  <dt className="text-stone-600">{t("review.fromContact")}</dt>
                  <dd className="font-medium">
                    {t("review.contact", {
                      when: f.dateTime(r.contactLog.occurredAt),
                      channel: r.contactLog.channel,
                    })}
                  </dd>
                </div>
              ) : null}
              {r.centre ? (
                <div className="sm:col-span-2">
                  <dt className="text-stone-600">{t("review.forwardedTo")}</dt>
                  <dd className="font-medium">
                    <bdi>{r.centre.name}</bdi>
                  </dd>
                </div>
              ) : null}
              {r.outcome ? (
                <div className="sm:col-span-2">
                  <dt className="text-stone-600">{t("review.outcome")}</dt>
                  <dd className="font-medium whitespace-pre-line" dir="auto">
                    {r.outcome}
                  </dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <section aria-labelledby="review-heading">
            <h2 id="review-heading" className="mb-3 text-lg font-semibold">
              {t("review.review")}
            </h2>
            <ReviewSteps
              referralId={r.id}
              steps={r.steps}
              centres={(directory ?? []).map((c) => ({ id: c.id, name: c.name, category: c.category }))}
              suggestedCategory={r.category}
            />
          </section>
        </div>
        <div className="space-y-6">
          <Card aria-labelledby="audit-heading" className="scroll-mt-24">
            <CardHeader id="audit-heading" title={t("review.audit.title")} description={t("review.audit.intro")} />
            <h3 className="mb-2 text-sm font-semibold text-stone-700">{t("review.audit.changes")}</h3>
            <ol aria-label={t("review.audit.changes")} className="space-y-2 text-sm">
              {changes.map((e) => (
                <li key={e.id} className="flex flex-wrap justify-between gap-x-3">
                  <span>
                    {t("review.audit.by", { action: actionLabel(e.action), name: e.by })}
                    {e.as ? <span className="text-stone-500"> {role(e.as)}</span> : null}
                  </span>
                  <span className="text-stone-600">{f.dateTime(e.at)}</span>
                </li>
              ))}
            </ol>
            <h3 className="mt-4 mb-2 text-sm font-semibold text-stone-700">{t("review.audit.reads")}</h3>
            {reads.length === 0 ? (
              <p className="text-sm text-stone-600">{t("review.audit.none")}</p>
            ) : (
              <ul aria-label={t("review.audit.reads")} className="space-y-2 text-sm">
                {reads.map((g) => (
                  <li key={`${g.by}-${g.as}`}>
                    <span className="font-medium">
                      <bdi>{g.by}</bdi>
                    </span>
                    {g.as ? <span className="text-stone-500"> {role(g.as)}</span> : null}
                    <span className="text-stone-600">
                      {" · "}
                      {g.times === 1
                        ? f.dateTime(g.last)
                        : t("review.audit.times", {
                            count: g.times,
                            first: f.dateTime(g.first),
                            last: f.dateTime(g.last),
                          })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card aria-labelledby="history-heading">
            <CardHeader id="history-heading" title={t("review.history")} />
            <ReferralHistory events={r.events.map((e) => ({ ...e, when: f.dateTime(e.at) }))} />
          </Card>
        </div>
      </div>
    </>
  );
}
