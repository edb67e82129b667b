import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter, requestTranslator } from "@/lib/i18n/server";
import { getMyHours } from "@/lib/recognition/queries";
import { ACTIVITY_KINDS, hoursOf } from "@/lib/recognition/rules";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("recognition.title") };
}

export default async function MentorHoursPage() {
  const { actor } = await requireRole("MENTOR", "/mentor/hours");
  const [data, tr] = await Promise.all([getMyHours(actor), requestTranslator()]);
  const t = tr.t;
  if (!data) return <EmptyState title={t("recognition.noMentor")} />;
  const f = await requestFormatter(data.cohort.timeZone);
  const h = (min: number) => t("recognition.hoursValue", { hours: hoursOf(min) });
  const month = (ym: string) =>
    new Intl.DateTimeFormat(
      f.locale === "fa" ? "fa-IR-u-ca-persian-nu-arabext" : f.locale === "ko" ? "ko-KR" : "en-GB",
      {
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      },
    ).format(new Date(`${ym}-15T00:00:00Z`));
  return (
    <>
      <PageHeader title={t("recognition.title")} description={t("recognition.mentorDescription")} />
      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label={t("recognition.total")} value={h(data.total)} />
        {ACTIVITY_KINDS.map((k) => (
          // i18n-keys: recognition.kind.*
          <Stat key={k} label={t(`recognition.kind.${k}`)} value={h(data.summary.byKind[k])} />
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="h-month">
          <CardHeader id="h-month" title={t("recognition.byMonth")} />
          {data.summary.byMonth.length === 0 ? (
            <p className="text-sm text-stone-600">{t("recognition.noActivity")}</p>
          ) : (
            <DataTable
              caption={t("recognition.byMonth")}
              rows={data.summary.byMonth}
              rowKey={(m) => m.month}
              minWidth="min-w-xs"
              columns={[
                { key: "m", header: t("recognition.month"), rowHeader: true, cell: (m) => month(m.month) },
                { key: "h", header: t("recognition.hours"), numeric: true, cell: (m) => h(m.minutes) },
              ]}
            />
          )}
        </Card>
        <Card aria-labelledby="h-cert">
          <CardHeader id="h-cert" title={t("recognition.certificate.title")} />
          {data.certificate ? (
            <div className="space-y-3">
              <p>
                {t("recognition.approvedStatus", {
                  hours: hoursOf(data.certificate.minutes),
                  date: f.date(data.certificate.approvedAt),
                })}
              </p>
              <a
                className={buttonClass("primary")}
                href={`/api/hours/certificate?as=MENTOR&m=${actor.membershipIds.MENTOR}`}
              >
                {t("recognition.download")}
              </a>
            </div>
          ) : (
            <p className="text-sm text-stone-600">{t("recognition.notApproved")}</p>
          )}
          {data.adjustments.length > 0 && (
            <>
              <h3 className="mt-6 mb-2 font-medium text-stone-900">{t("recognition.adjustments")}</h3>
              <ul className="space-y-1 text-sm text-stone-700">
                {data.adjustments.map((a) => (
                  <li key={a.id}>{t("recognition.adjustmentLine", { minutes: a.minutes, reason: a.reason })}</li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </div>
    </>
  );
}
