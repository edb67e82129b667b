import { CancelBookingForm } from "@/components/booking/cancel-booking-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatTimeRange } from "@/lib/booking/display";
import { getMeetingsByPairAndWeek, getUpcomingCohortBookings } from "@/lib/booking/queries";
import { formatDate, formatDay } from "@/lib/format";
import { localToDbDate } from "@/lib/time";

export const metadata = { title: "Meetings" };

export default async function CoordinatorMeetingsPage() {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/meetings");
  const [data, upcoming] = await Promise.all([getMeetingsByPairAndWeek(actor), getUpcomingCohortBookings(actor)]);
  if (!data) return <EmptyState title="Not available" />;
  const tz = data.timeZone;
  const weeks = [...new Set(data.rows.map((r) => r.week))].sort();
  return (
    <>
      <PageHeader
        title="Face-to-face meetings"
        description={`Times offered and booked per mentor pair, four weeks back and four weeks ahead (weeks start on Monday, ${data.timeZone} time).`}
      />
      {weeks.length === 0 ? (
        <EmptyState title="No meetings in these weeks">Mentors open times from their Availability page.</EmptyState>
      ) : (
        <div className="space-y-6">
          {weeks.map((week) => {
            const rows = data.rows.filter((r) => r.week === week);
            const quiet = data.pairs.filter((p) => !rows.some((r) => r.pairId === p.id));
            return (
              <Card key={week} aria-labelledby={`week-${week}`}>
                <CardHeader id={`week-${week}`} title={`Week of ${formatDay(localToDbDate(week))}`} />
                <ul
                  className="space-y-2 sm:hidden"
                  aria-label={`Pairs in the week of ${formatDay(localToDbDate(week))}`}
                >
                  {rows.map((r) => (
                    <li key={r.pairId} className="rounded-lg bg-stone-50 p-3 text-sm">
                      <p className="font-medium text-stone-900">{r.label}</p>
                      <p className="text-stone-600 tabular-nums">
                        {r.slots} time(s), {r.seats} seat(s): {r.booked} booked, {r.attended} attended, {r.noShow} did
                        not come, {r.cancelled} cancelled
                      </p>
                    </li>
                  ))}
                </ul>
                <div className="hidden overflow-x-auto sm:block">
                  <table className="w-full min-w-[36rem] text-left text-sm">
                    <caption className="sr-only">
                      Meetings per pair in the week of {formatDay(localToDbDate(week))}
                    </caption>
                    <thead className="text-stone-600">
                      <tr>
                        <th scope="col" className="py-2 pr-3 font-medium">
                          Pair
                        </th>
                        <th scope="col" className="px-3 py-2 text-right font-medium">
                          Times
                        </th>
                        <th scope="col" className="px-3 py-2 text-right font-medium">
                          Seats
                        </th>
                        <th scope="col" className="px-3 py-2 text-right font-medium">
                          Booked
                        </th>
                        <th scope="col" className="px-3 py-2 text-right font-medium">
                          Attended
                        </th>
                        <th scope="col" className="px-3 py-2 text-right font-medium">
                          Did not come
                        </th>
                        <th scope="col" className="px-3 py-2 text-right font-medium">
                          Cancelled
                        </th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-stone-100 tabular-nums">
                      {rows.map((r) => (
                        <tr key={r.pairId}>
                          <th scope="row" className="py-2 pr-3 font-medium text-stone-900">
                            {r.label}
                          </th>
                          <td className="px-3 py-2 text-right">{r.slots}</td>
                          <td className="px-3 py-2 text-right">{r.seats}</td>
                          <td className="px-3 py-2 text-right">{r.booked}</td>
                          <td className="px-3 py-2 text-right">{r.attended}</td>
                          <td className="px-3 py-2 text-right">{r.noShow}</td>
                          <td className="px-3 py-2 text-right">{r.cancelled}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {quiet.length > 0 ? (
                  <p className="mt-3 text-sm text-stone-600">
                    No times offered: {quiet.map((p) => p.label).join(", ")}.
                  </p>
                ) : null}
              </Card>
            );
          })}
        </div>
      )}
      <Card aria-labelledby="upcoming-heading" className="mt-6">
        <CardHeader
          id="upcoming-heading"
          title="Booked in the next two weeks"
          description="Cancel a meeting for someone when needed. Inside the notice period you must give a reason; it is recorded with your name."
        />
        {!upcoming || upcoming.length === 0 ? (
          <EmptyState title="No meetings booked in the next two weeks" />
        ) : (
          <ul className="divide-y divide-stone-100" aria-label="Booked meetings">
            {upcoming.map((b) => (
              <li key={b.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <p className="font-medium text-stone-900">
                    {formatDate(b.startsAt, tz)}, {formatTimeRange(b.startsAt, b.endsAt, tz)} · {b.menteeName}
                  </p>
                  <p className="text-sm text-stone-600">
                    {b.pairLabel} · with {b.mentorName} · {b.place}{" "}
                    {b.insideNotice ? <Badge tone="warning">Inside notice</Badge> : null}
                  </p>
                </div>
                <CancelBookingForm bookingId={b.id} label="Cancel for them" needsOverride={b.insideNotice} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
