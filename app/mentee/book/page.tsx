import { getTranslations } from "next-intl/server";
import { BookSlotList, type BookableSlot } from "@/components/booking/book-slot-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { noticeSpan } from "@/lib/booking/display";
import { getBookableSlots, getMyBooking } from "@/lib/booking/queries";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const tm = await getTranslations("meetings.book");
  return { title: tm("title") };
}

export default async function BookPage({ searchParams }: { searchParams: Promise<{ reschedule?: string }> }) {
  const { actor } = await requireRole("MENTEE", "/mentee/book");
  const t = await getTranslations("meetings");
  const { reschedule } = await searchParams;
  const data = await getBookableSlots(actor);
  if (!data) {
    return (
      <>
        <PageHeader title={t("book.title")} />
        <EmptyState title={t("book.notPublished")}>{t("book.notPublishedBody")}</EmptyState>
      </>
    );
  }
  const tz = data.timeZone;
  const f = await requestFormatter(tz);
  const notice = t("noticeSpan", noticeSpan(data.noticeHours));
  const moving = reschedule ? await getMyBooking(actor, reschedule) : null;
  const slots: BookableSlot[] = data.slots
    .filter((s) => !moving || !s.bookedByMe)
    .map((s) => ({
      id: s.id,
      day: f.dateLong(s.startsAt),
      time: `${f.time(s.startsAt)}–${f.time(s.endsAt)}`,
      when: f.dateTime(s.startsAt),
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
        title={moving ? t("book.moveTitle") : t("book.title")}
        description={
          moving
            ? t("book.moveIntro", { when: f.dateTime(moving.startsAt) })
            : t("book.intro", { zone: tz.replace("_", " "), notice })
        }
        action={
          <ButtonLink href="/mentee/meetings" variant="secondary">
            {t("book.myMeetings")}
          </ButtonLink>
        }
      />
      {slots.length === 0 ? (
        <EmptyState title={t("book.none")}>{t("book.noneBody")}</EmptyState>
      ) : (
        <BookSlotList slots={slots} notice={notice} rescheduleId={moving?.id} />
      )}
    </>
  );
}
