/** Display helpers for meetings (plain module: pages and components). */

/** The notice span as ICU values for `booking.noticeSpan`: whole days read as days. */
export function noticeSpan(hours: number): { unit: "days" | "hours"; n: number } {
  return hours % 24 === 0 && hours > 0 ? { unit: "days", n: hours / 24 } : { unit: "hours", n: hours };
}

export const STATUS_TONE = { BOOKED: "brand", CANCELLED: "neutral", ATTENDED: "success", NO_SHOW: "warning" } as const;

// English helpers for the pages not converted yet (coordinator meetings, mentor availability).
export function formatDayLong(d: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone }).format(d);
}

export function formatClock(d: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(d);
}

export function formatTimeRange(start: Date, end: Date, timeZone: string) {
  return `${formatClock(start, timeZone)}–${formatClock(end, timeZone)}`;
}

export const STATUS_LABEL = {
  BOOKED: "Booked",
  CANCELLED: "Cancelled",
  ATTENDED: "Attended",
  NO_SHOW: "Did not come",
} as const;
