import { AdjustHoursForm, ApproveHoursButton } from "@/components/recognition/hours-forms";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageLinks } from "@/components/ui/page-links";
import { requestFormatter, requestTranslator } from "@/lib/i18n/server";
import type { getCohortHours } from "@/lib/recognition/queries";
import { hoursOf } from "@/lib/recognition/rules";

type Data = NonNullable<Awaited<ReturnType<typeof getCohortHours>>>;

/** Everyone's hours (coordinator and supervisor), corrections and approvals. */
export async function CohortHoursView({
  data,
  as,
  href,
}: {
  data: Data;
  as: "COORDINATOR" | "SUPERVISOR";
  /** the link to another page of the table */
  href: (page: number) => string;
}) {
  const tr = await requestTranslator();
  const t = tr.t;
  const f = await requestFormatter(data.cohort.timeZone);
  const h = (min: number) => t("recognition.hoursValue", { hours: hoursOf(min) });
  if (data.mentors.length === 0) return <EmptyState title={t("recognition.noMentors")} />;
  const anyApproved = data.anyApproved;
  type Row = Data["mentors"][number];
  return (
    <div className="space-y-6">
      <Card aria-labelledby="h-all">
        <CardHeader
          id="h-all"
          title={t("recognition.title")}
          action={
            anyApproved ? (
              <a className={buttonClass("secondary")} href={`/api/hours/certificate?as=${as}&m=all`}>
                {t("recognition.downloadAll")}
              </a>
            ) : undefined
          }
        />
        <DataTable<Row>
          caption={t("recognition.title")}
          rows={data.mentors}
          rowKey={(m) => m.id}
          minWidth="min-w-3xl"
          columns={[
            { key: "name", header: t("recognition.table.mentor"), rowHeader: true, cell: (m) => <bdi>{m.name}</bdi> },
            {
              key: "phase",
              header: t("recognition.table.phase"),
              cell: (m) => t(`recognition.phase.${m.phase ?? "MENTOR"}`),
            },
            { key: "meet", header: t("recognition.kind.MEETING"), numeric: true, cell: (m) => h(m.byKind.MEETING) },
            { key: "contact", header: t("recognition.kind.CONTACT"), numeric: true, cell: (m) => h(m.byKind.CONTACT) },
            { key: "session", header: t("recognition.kind.SESSION"), numeric: true, cell: (m) => h(m.byKind.SESSION) },
            {
              key: "adj",
              header: t("recognition.table.adjustment"),
              numeric: true,
              cell: (m) => (m.adjustment ? f.number(m.adjustment) : "–"),
            },
            {
              key: "total",
              header: t("recognition.table.total"),
              numeric: true,
              cell: (m) => <strong>{h(m.total)}</strong>,
            },
            {
              key: "status",
              header: t("recognition.table.status"),
              cell: (m) =>
                m.certificate ? (
                  <div className="space-y-1">
                    <p>
                      {t("recognition.approvedStatus", {
                        hours: hoursOf(m.certificate.minutes),
                        date: f.date(m.certificate.approvedAt),
                      })}
                    </p>
                    <a className="text-brand-700 underline" href={`/api/hours/certificate?as=${as}&m=${m.id}`}>
                      {t("recognition.downloadFor", { name: m.name })}
                    </a>
                  </div>
                ) : data.canApprove && m.total > 0 ? (
                  <ApproveHoursButton membershipId={m.id} name={m.name} />
                ) : (
                  t("recognition.notApproved")
                ),
            },
          ]}
        />
        <PageLinks page={data.page} pages={data.pages} label={t("recognition.pages")} href={href} />
      </Card>
      {data.canAdjust && (
        <Card aria-labelledby="h-adjust">
          <CardHeader id="h-adjust" title={t("recognition.adjust.title")} />
          <AdjustHoursForm
            mentors={data.mentors.filter((m) => !m.certificate).map((m) => ({ id: m.id, name: m.name }))}
          />
        </Card>
      )}
    </div>
  );
}
