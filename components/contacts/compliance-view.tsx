import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card, CardHeader, EmptyState, Stat } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { PageLinks } from "@/components/ui/page-links";
import { COHORT_PARAM, hrefWith } from "@/lib/cohorts/url";
import type { getComplianceReport } from "@/lib/contacts/queries";
import { CONTACT_CHANNELS } from "@/lib/contacts/schemas";
import { shortDay } from "./labels";
import { CadenceBadge } from "./status-badge";

type Report = NonNullable<Awaited<ReturnType<typeof getComplianceReport>>>;

const CHANNEL_COLOUR: Record<string, string> = {
  PHONE: "bg-brand-600",
  MESSAGE: "bg-sky-500",
  EMAIL: "bg-amber-500",
  VIDEO: "bg-violet-500",
  FACE_TO_FACE: "bg-emerald-600",
};

/** "28 Nov" in the reader's language, from a local day "2026-11-28" (the page's formatter). */
type Day = (day: string) => string;

/** Compliance per pair and mentee, the overdue list, contacts per week by channel. No notes. */
export function ComplianceView({
  report,
  action,
  filter,
  menteeHref,
  cohortParam,
  day = shortDay,
  percent = (n) => `${n}%`,
}: {
  report: Report;
  action: string;
  filter: { pair?: string; phase?: string };
  /** the cohort the URL names (?cohort=), kept by the filter and the page links */
  cohortParam?: string | null;
  menteeHref?: (menteeId: string) => string;
  /** formats a local day for the reader (requestFormatter: `(d) => f.day(new Date(d))`) */
  day?: Day;
  /** formats a whole percentage for the reader */
  percent?: (n: number) => string;
}) {
  const t = useTranslations("contacts.compliance");
  const tc = useTranslations("common.channel");
  const pct = (share: number | null) => (share === null ? "–" : percent(Math.round(share * 100)));
  const weeks = [...new Set(report.weeks.map((w) => w.week))];
  const perWeek = weeks.map((week) => {
    const rows = report.weeks.filter((w) => w.week === week);
    const completed = Object.fromEntries(
      CONTACT_CHANNELS.map((c) => [
        c,
        rows.filter((r) => r.channel === c && r.outcome === "COMPLETED").reduce((a, r) => a + r.n, 0),
      ]),
    );
    const attempts = rows.filter((r) => r.outcome === "NO_ANSWER").reduce((a, r) => a + r.n, 0);
    const total = Object.values(completed).reduce((a, n) => a + n, 0);
    return { week, completed, attempts, total };
  });
  const max = Math.max(1, ...perWeek.map((w) => w.total + w.attempts));
  const pageHref = (page: number) =>
    hrefWith(action, { pair: filter.pair, phase: filter.phase, page: page > 1 ? String(page) : null }, cohortParam);
  const name = (m: { menteeId: string; name: string }) =>
    menteeHref ? (
      <Link href={menteeHref(m.menteeId)} className="text-brand-700 font-medium underline-offset-2 hover:underline">
        <bdi>{m.name}</bdi>
      </Link>
    ) : (
      <span className="font-medium text-stone-900">
        <bdi>{m.name}</bdi>
      </span>
    );

  return (
    <div className="space-y-6">
      <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        {cohortParam ? <input type="hidden" name={COHORT_PARAM} value={cohortParam} /> : null}
        <div className="min-w-40">
          <SelectField id="pair" label={t("pair")} defaultValue={filter.pair ?? ""}>
            <option value="">{t("allPairs")}</option>
            {report.pairOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="min-w-40">
          <SelectField id="phase" label={t("by")} defaultValue={filter.phase ?? ""}>
            <option value="">{t("both")}</option>
            <option value="CLINICAL">{t("clinical")}</option>
            <option value="PRECLINICAL">{t("preclinical")}</option>
          </SelectField>
        </div>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>

      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat
          label={t("onTime")}
          value={pct(report.totals.share)}
          hint={t("onTimeHint", { onTime: report.totals.onTime, due: report.totals.onTime + report.totals.late })}
        />
        <Stat
          label={t("overdueNow")}
          value={t("count", { n: report.totals.overdue })}
          hint={t("ofMentees", { count: report.totals.mentees })}
        />
        <Stat
          label={t("cadence")}
          value={t("cadenceValue", { first: report.cohort.firstIntervalDays, last: report.cohort.lastIntervalDays })}
          hint={t("cadenceHint")}
        />
        <Stat
          label={t("paused")}
          value={t("count", { n: report.cohort.paused.length })}
          hint={report.cohort.paused.map((p) => `${day(p.startsOn)}–${day(p.endsOn)}`).join(", ") || t("none")}
        />
      </dl>

      <Card aria-labelledby="overdue-heading">
        <CardHeader
          id="overdue-heading"
          title={t("overdueTitle", { count: report.overdue.length })}
          description={t("overdueIntro")}
        />
        {report.overdue.length === 0 ? (
          <EmptyState title={t("nobodyOverdue")} />
        ) : (
          <ul className="divide-y divide-stone-100" aria-label={t("overdueList")}>
            {report.overdue.map((m) => (
              <li key={m.menteeId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  {name(m)}{" "}
                  <span className="text-stone-600">
                    · <bdi>{m.pairLabel}</bdi> · {t("lastContact", { day: m.lastDay ? day(m.lastDay) : t("never") })}
                  </span>
                </span>
                <CadenceBadge status={m.status} />
              </li>
            ))}
          </ul>
        )}
        {report.overdueTotal > report.overdue.length ? (
          <p className="mt-3 text-sm text-stone-600">
            {t("overdueShown", { shown: report.overdue.length, total: report.overdueTotal })}
          </p>
        ) : null}
      </Card>

      <Card aria-labelledby="weeks-heading">
        <CardHeader id="weeks-heading" title={t("weeksTitle")} description={t("weeksIntro")} />
        <ul className="mb-3 flex flex-wrap gap-3 text-xs text-stone-700" aria-label={t("legend")}>
          {CONTACT_CHANNELS.map((c) => (
            <li key={c} className="flex items-center gap-1">
              <span className={`inline-block size-3 rounded-sm ${CHANNEL_COLOUR[c]}`} aria-hidden /> {tc(c)}
            </li>
          ))}
          <li className="flex items-center gap-1">
            <span className="inline-block size-3 rounded-sm bg-stone-300" aria-hidden /> {t("noAnswer")}
          </li>
        </ul>
        {perWeek.length === 0 ? (
          <EmptyState title={t("noContacts")} />
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">{t("weeksTitle")}</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">{t("weekOf")}</th>
                <th scope="col">{t("byChannel")}</th>
                <th scope="col">{t("total")}</th>
              </tr>
            </thead>
            <tbody>
              {perWeek.map((w) => (
                <tr key={w.week}>
                  <th scope="row" className="w-16 py-1 pe-2 text-start font-normal whitespace-nowrap text-stone-600">
                    {day(w.week)}
                  </th>
                  <td className="py-1">
                    <div
                      className="flex h-5 overflow-hidden rounded"
                      role="img"
                      aria-label={
                        CONTACT_CHANNELS.filter((c) => w.completed[c])
                          .map((c) => t("bar", { channel: tc(c), n: w.completed[c] }))
                          .concat(w.attempts ? [t("bar", { channel: t("noAnswer"), n: w.attempts })] : [])
                          .join(", ") || t("none")
                      }
                    >
                      {CONTACT_CHANNELS.map((c) =>
                        w.completed[c] ? (
                          <span
                            key={c}
                            className={CHANNEL_COLOUR[c]}
                            style={{ width: `${(w.completed[c] / max) * 100}%` }}
                          />
                        ) : null,
                      )}
                      {w.attempts ? (
                        <span className="bg-stone-300" style={{ width: `${(w.attempts / max) * 100}%` }} />
                      ) : null}
                    </div>
                  </td>
                  <td className="w-10 py-1 ps-2 text-end text-stone-700 tabular-nums">{t("count", { n: w.total })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>

      <section aria-labelledby="pairs-heading" className="grid gap-3 lg:grid-cols-2">
        <h2 id="pairs-heading" className="text-lg font-semibold text-stone-900 lg:col-span-2">
          {t("perPair")}
        </h2>
        {report.pairs.map((p) => (
          <Card key={p.id} aria-label={p.label}>
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold text-stone-900">
                <bdi>{p.label}</bdi>
              </h3>
              <p className="text-sm text-stone-600">{t("pairLine", { share: pct(p.share), overdue: p.overdue })}</p>
            </div>
            <p className="mb-2 text-sm text-stone-600">
              {t("mentors", { clinical: p.clinical, preclinical: p.preclinical })}
            </p>
            <ul className="divide-y divide-stone-100">
              {p.mentees.map((m) => (
                <li key={m.menteeId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    {name(m)}{" "}
                    <span className="text-stone-600">
                      · {t("menteeLine", { share: pct(m.share), day: m.lastDay ? day(m.lastDay) : t("never") })}
                    </span>
                  </span>
                  <CadenceBadge status={m.status} />
                </li>
              ))}
            </ul>
          </Card>
        ))}
        <div className="lg:col-span-2">
          <PageLinks page={report.pairPage} pages={report.pairPages} href={pageHref} label={t("pairPages")} />
        </div>
      </section>
    </div>
  );
}
