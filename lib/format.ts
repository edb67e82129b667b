import { clock } from "./clock";

/** Display helpers: times are stored in UTC and shown in the cohort's time zone. */
export function formatDate(d: Date, timeZone = "UTC") {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }).format(d);
}

export function formatDateTime(d: Date, timeZone = "UTC") {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(d);
}

/** Calendar-date fields (@db.Date) are midnight UTC: show them as such. */
export function formatDay(d: Date) {
  return formatDate(d, "UTC");
}

export function daysAgo(d: Date, now = clock()) {
  const days = Math.floor((now.getTime() - d.getTime()) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}

export function firstName(name: string) {
  return name.replace(/^(Dr\.?|Prof\.?)\s+/i, "").split(/\s+/)[0] ?? name;
}

export const LABEL = {
  category: {
    PSYCHOLOGICAL: "Psychological / counselling",
    EDUCATIONAL: "Educational / academic",
    FINANCIAL: "Financial aid",
    HEALTH: "Health",
    OTHER: "Other",
  },
  urgency: { ROUTINE: "Routine", SOON: "Soon", URGENT: "Urgent" },
  referralStatus: {
    SUBMITTED: "Submitted",
    ACKNOWLEDGED: "Acknowledged",
    INFO_REQUESTED: "More information asked",
    FORWARDED: "Forwarded",
    CLOSED: "Closed",
    DECLINED: "Declined",
  },
  session: {
    ROLE_MODEL: "Role-model session",
    INTER_MENTOR: "Inter-mentor session",
    BRIEFING: "Briefing",
    TRAINING: "Training",
  },
  cohortStatus: { DRAFT: "Draft", ACTIVE: "Active", CLOSED: "Closed" },
  channel: {
    PHONE: "Phone call",
    EMAIL: "Email",
    MESSAGE: "Text message",
    VIDEO: "Video call",
    FACE_TO_FACE: "Face to face",
  },
} as const;
