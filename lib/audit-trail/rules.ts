/**
 * The audit trail page (issue 10, item 6): which area an audit action belongs to, the page's
 * cursor, and an entry's details as short lines. Pure: no Prisma, no next/*, no clock.
 */

/** The areas a coordinator filters by, each the first segment of the actions it covers. */
export const AUDIT_AREAS = {
  setup: [
    "cohort",
    "coordinator",
    "firstRun",
    "pair",
    "pairs",
    "mentees",
    "group",
    "groups",
    "training",
    "people",
    "person",
    "membership",
    "application",
    "invitation",
    "staff",
    "user",
    "profile",
    "signin_link",
    "supportCentre",
    "template",
  ],
  contacts: ["contact"],
  meetings: ["booking", "slot", "calendar_feed"],
  referrals: ["referral"],
  sessions: ["session"],
  surveys: ["survey"],
  recognition: ["hours", "outcomes", "report", "certificate"],
  dataRights: ["data", "data_rights", "retention"],
} as const satisfies Record<string, readonly string[]>;

export type AuditArea = keyof typeof AUDIT_AREAS | "other";
export const AUDIT_AREA_NAMES = [...(Object.keys(AUDIT_AREAS) as (keyof typeof AUDIT_AREAS)[]), "other"] as const;

/** Every prefix of a named area (none for "other", which is everything else). */
export function areaPrefixes(area: AuditArea): readonly string[] {
  return area === "other" ? [] : AUDIT_AREAS[area];
}

/** All the prefixes the named areas cover (what "other" excludes). */
export function knownPrefixes(): string[] {
  return Object.values(AUDIT_AREAS).flat();
}

/** The area of an action: "mentees.drawn" → "setup"; an unknown prefix → "other". */
export function areaOf(action: string): AuditArea {
  const prefix = action.split(".")[0] ?? "";
  for (const name of Object.keys(AUDIT_AREAS) as (keyof typeof AUDIT_AREAS)[])
    if ((AUDIT_AREAS[name] as readonly string[]).includes(prefix)) return name;
  return "other";
}

/** A URL's `area`, if it names one; anything else is no filter. */
export function parseArea(value: string | undefined): AuditArea | null {
  return AUDIT_AREA_NAMES.find((a) => a === value) ?? null;
}

/** Keyset pagination: the last entry shown, as "<ISO time>~<id>" (no offset to grow with the trail). */
export interface AuditCursor {
  at: Date;
  id: string;
}

export function encodeCursor(c: AuditCursor): string {
  return `${c.at.toISOString()}~${c.id}`;
}

/** A cursor from the URL; anything malformed is no cursor (the first page), never an error. */
export function parseCursor(value: string | undefined): AuditCursor | null {
  if (!value || value.length > 120) return null;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)~([A-Za-z0-9_-]{1,64})$/.exec(value);
  if (!m) return null;
  const at = new Date(m[1]!);
  return Number.isNaN(at.getTime()) ? null : { at, id: m[2]! };
}

const MAX_VALUE = 160;

/**
 * An entry's details as [key, text] lines, in the order written: numbers and words as they are,
 * lists joined, objects as compact JSON, each cut at 160 characters. The writers keep content
 * (notes, referral text, answers) out of details; this only keeps long values from swamping the page.
 */
export function detailLines(detail: unknown): [string, string][] {
  if (!detail || typeof detail !== "object" || Array.isArray(detail)) return [];
  return Object.entries(detail as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => {
      const text =
        typeof v === "string"
          ? v
          : typeof v === "number" || typeof v === "boolean"
            ? String(v)
            : Array.isArray(v) && v.every((x) => typeof x !== "object")
              ? v.join(", ")
              : JSON.stringify(v);
      return [k, text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text];
    });
}
