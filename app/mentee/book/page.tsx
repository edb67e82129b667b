import { BookSlotList, type BookableSlot } from "@/components/booking/book-slot-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDayLong, formatTimeRange, noticeLabel } from "@/lib/booking/display";
import { getBookableSlots, getMyBooking } from "@/lib/booking/queries";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Book a meeting" };

export default async function BookPage({ searchParams }: { searchParams: Promise<{ reschedule?: string }> }) {
  const { actor } = await requireRole("MENTEE", "/mentee/book");
  const { reschedule } = await searchParams;
  const data = await getBookableSlots(actor);
  if (!data) {
    return (
      <>
        <PageHeader title="Book a meeting" />
        <EmptyState title="You can book once your group is published">
          Your mentors will appear here when the coordinators publish the groups.
        </EmptyState>
      </>
    );
  }
  const tz = data.timeZone;
  const moving = reschedule ? await getMyBooking(actor, reschedule) : null;
  const slots: BookableSlot[] = data.slots
    .filter((s) => !moving || !s.bookedByMe)
    .map((s) => ({
      id: s.id,
      day: formatDayLong(s.startsAt, tz),
      time: formatTimeRange(s.startsAt, s.endsAt, tz),
      when: formatDateTime(s.startsAt, tz),
      place: s.place,
      kind: s.kind,
      mentorName: s.mentorName,
      phase: s.phase,
      seatsLeft: s.seatsLeft,
      capacity: s.capacity,
      bookedByMe: s.bookedByMe,
      clashes: s.clashes,
      insideNotice: s.insideNotice,
    }));
  return (
    <>
      <PageHeader
        title={moving ? "Move your meeting" : "Book a meeting"}
        description={
          moving
            ? `Choose a new time for your meeting on ${formatDateTime(moving.startsAt, tz)}. Your current time is kept until the new one is confirmed.`
            : `Face-to-face times your two mentors have opened, in ${tz} time. Tap a time, then confirm. You can cancel or move a meeting up to ${noticeLabel(data.noticeHours).replace(" notice", "")} before it starts.`
        }
        action={
          <ButtonLink href="/mentee/meetings" variant="secondary">
            My meetings
          </ButtonLink>
        }
      />
      {slots.length === 0 ? (
        <EmptyState title="No open times right now">
          Your mentors have not opened any times yet. Ask them in your next call, or check back later.
        </EmptyState>
      ) : (
        <BookSlotList slots={slots} noticeLabel={noticeLabel(data.noticeHours)} rescheduleId={moving?.id} />
      )}
    </>
  );
}
