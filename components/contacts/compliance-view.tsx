import Link from "next/link";
import { Card, CardHeader, EmptyState, Stat } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { getComplianceReport } from "@/lib/contacts/queries";
import { CONTACT_CHANNELS } from "@/lib/contacts/schemas";
import { LABEL } from "@/lib/format";
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

const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);

/** Compliance per pair and mentee, the overdue list, contacts per week by channel. No notes. */
export function ComplianceView({
  report,
  action,
  filter,
  menteeHref,
}: {
  report: Report;
  action: string;
  filter: { pair?: string; phase?: string };
  menteeHref?: (menteeId: string) => string;
}) {
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
  const name = (m: { menteeId: string; name: string }) =>
    menteeHref ? (
      <Link href={menteeHref(m.menteeId)} className="text-brand-700 font-medium underline-offset-2 hover:underline">
        {m.name}
      </Link>
    ) : (
      <span className="font-medium text-stone-900">{m.name}</span>
    );

  return (
    <div className="space-y-6">
      <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label="Filters">
        <div className="min-w-40">
          <SelectField id="pair" label="Pair" defaultValue={filter.pair ?? ""}>
            <option value="">All pairs</option>
            {report.pairOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="min-w-40">
          <SelectField id="phase" label="Contacts by" defaultValue={filter.phase ?? ""}>
            <option value="">Both mentors</option>
            <option value="CLINICAL">Clinical mentors</option>
            <option value="PRECLINICAL">Preclinical mentors</option>
          </SelectField>
        </div>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>

      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat
          label="Contacts on time"
          value={pct(report.totals.share)}
          hint={`${report.totals.onTime} of ${report.totals.onTime + report.totals.late} due so far`}
        />
        <Stat label="Overdue now" value={report.totals.overdue} hint={`of ${report.totals.mentees} mentees`} />
        <Stat
          label="Cadence"
          value={`${report.cohort.firstIntervalDays}→${report.cohort.lastIntervalDays}`}
          hint="days between contacts, start → end"
        />
        <Stat
          label="Paused periods"
          value={report.cohort.paused.length}
          hint={report.cohort.paused.map((p) => `${shortDay(p.startsOn)}–${shortDay(p.endsOn)}`).join(", ") || "none"}
        />
      </dl>

      <Card aria-labelledby="overdue-heading">
        <CardHeader
          id="overdue-heading"
          title={`Overdue (${report.overdue.length})`}
          description="Most overdue first. Mentors are reminded by email; this list is for following up with them."
        />
        {report.overdue.length === 0 ? (
          <EmptyState title="Nobody is overdue" />
        ) : (
          <ul className="divide-y divide-stone-100" aria-label="Overdue mentees">
            {report.overdue.map((m) => (
              <li key={m.menteeId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  {name(m)}{" "}
                  <span className="text-stone-600">
                    · {m.pairLabel} · last contact {m.lastDay ? shortDay(m.lastDay) : "never"}
                  </span>
                </span>
                <CadenceBadge status={m.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card aria-labelledby="weeks-heading">
        <CardHeader
          id="weeks-heading"
          title="Contacts per week by channel"
          description="Completed contacts, and unanswered call attempts (grey)."
        />
        <ul className="mb-3 flex flex-wrap gap-3 text-xs text-stone-700" aria-label="Legend">
          {CONTACT_CHANNELS.map((c) => (
            <li key={c} className="flex items-center gap-1">
              <span className={`inline-block size-3 rounded-sm ${CHANNEL_COLOUR[c]}`} aria-hidden /> {LABEL.channel[c]}
            </li>
          ))}
          <li className="flex items-center gap-1">
            <span className="inline-block size-3 rounded-sm bg-stone-300" aria-hidden /> No answer
          </li>
        </ul>
        {perWeek.length === 0 ? (
          <EmptyState title="No contacts yet" />
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Contacts per week by channel</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Contacts by channel</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {perWeek.map((w) => (
                <tr key={w.week}>
                  <th scope="row" className="w-16 py-1 pr-2 text-left font-normal whitespace-nowrap text-stone-600">
                    {shortDay(w.week)}
                  </th>
                  <td className="py-1">
                    <div
                      className="flex h-5 overflow-hidden rounded"
                      role="img"
                      aria-label={
                        CONTACT_CHANNELS.filter((c) => w.completed[c])
                          .map((c) => `${LABEL.channel[c]} ${w.completed[c]}`)
                          .concat(w.attempts ? [`no answer ${w.attempts}`] : [])
                          .join(", ") || "none"
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
                  <td className="w-10 py-1 pl-2 text-right text-stone-700 tabular-nums">{w.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>

      <section aria-labelledby="pairs-heading" className="grid gap-3 lg:grid-cols-2">
        <h2 id="pairs-heading" className="text-lg font-semibold text-stone-900 lg:col-span-2">
          Per pair and mentee
        </h2>
        {report.pairs.map((p) => (
          <Card key={p.id} aria-label={p.label}>
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold text-stone-900">{p.label}</h3>
              <p className="text-sm text-stone-600">
                On time {pct(p.share)} · {p.overdue} overdue
              </p>
            </div>
            <p className="mb-2 text-sm text-stone-600">
              {p.clinical} (clinical) and {p.preclinical} (preclinical)
            </p>
            <ul className="divide-y divide-stone-100">
              {p.mentees.map((m) => (
                <li key={m.menteeId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    {name(m)}{" "}
                    <span className="text-stone-600">
                      · on time {pct(m.share)} · last {m.lastDay ? shortDay(m.lastDay) : "never"}
                    </span>
                  </span>
                  <CadenceBadge status={m.status} />
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </section>
    </div>
  );
}
