/** Display helpers for meetings, in the cohort's time zone (plain module: pages and components). */
export function formatDayLong(d: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone }).format(d);
}

export function formatClock(d: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(d);
}

export function formatTimeRange(start: Date, end: Date, timeZone: string) {
  return `${formatClock(start, timeZone)}–${formatClock(end, timeZone)}`;
}

export function noticeLabel(hours: number) {
  return hours % 24 === 0 && hours > 0 ? `${hours / 24} day${hours === 24 ? "" : "s"} notice` : `${hours} hours notice`;
}

export const STATUS_LABEL = {
  BOOKED: "Booked",
  CANCELLED: "Cancelled",
  ATTENDED: "Attended",
  NO_SHOW: "Did not come",
} as const;
export const STATUS_TONE = { BOOKED: "brand", CANCELLED: "neutral", ATTENDED: "success", NO_SHOW: "warning" } as const;
