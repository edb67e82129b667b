import type { Locale } from "./config";
import { formatter } from "./format";
import { translator } from "./translate";

/**
 * The words of calendar files (.ics) in their reader's language: a booking's or a slot's
 * summary and description, the calendar's name. A calendar app fetches a feed without cookies,
 * so the language is the feed owner's: `recipientLocales(db, [userId])` (lib/i18n/people.ts).
 * Texts: messages/<locale>/calendar.json. The RFC 5545 writer itself stays language-free.
 *
 *   const words = calendarWords(locale, cohort.timeZone);
 *   { summary: words.bookingSummary({ group: slot.kind === "GROUP", mentorName }), ... }
 */
export function calendarWords(locale: Locale, timeZone = "UTC") {
  const tr = translator(locale, timeZone);
  const f = formatter(locale, timeZone);
  const yes = (b: boolean) => (b ? "yes" : "no");
  return {
    calendarName: (name: string) => tr.t("calendar.name", { name }),
    bookingSummary: (p: { group: boolean; mentorName: string }) =>
      tr.t("calendar.booking.summary", { group: yes(p.group), mentorName: p.mentorName }),
    bookingDescription: (p: { phase: string | null; mentorName: string }) =>
      tr.t("calendar.booking.description", { phase: p.phase ?? "other", mentorName: p.mentorName }),
    slotSummary: (p: { group: boolean; menteeNames: string[] }) =>
      tr.t("calendar.slot.summary", {
        group: yes(p.group),
        names: p.menteeNames.length ? f.list(p.menteeNames) : tr.t("calendar.slot.nobody"),
      }),
    slotDescription: (p: { mentorName: string; booked: number }) =>
      tr.t("calendar.slot.description", { mentorName: p.mentorName, booked: p.booked }),
  };
}
