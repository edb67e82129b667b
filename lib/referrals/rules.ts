/**
 * Referral rules: the state machine, overdue reviews, queue order and the supervisor's report.
 * Pure: no Prisma, no next/*. docs/decisions/006-referrals.md explains the table.
 *
 * The state machine, as the steps people take (each step is one atomic status change):
 *
 *   step         who         from                                    to
 *   acknowledge  supervisor  SUBMITTED                               ACKNOWLEDGED
 *   requestInfo  supervisor  SUBMITTED, ACKNOWLEDGED                 INFO_REQUESTED
 *   answer       mentor      INFO_REQUESTED                          ACKNOWLEDGED
 *   forward      supervisor  SUBMITTED, ACKNOWLEDGED, INFO_REQUESTED  FORWARDED
 *   close        supervisor  ACKNOWLEDGED, FORWARDED                  CLOSED
 *   decline      supervisor  SUBMITTED, ACKNOWLEDGED, INFO_REQUESTED  DECLINED
 *
 * CLOSED and DECLINED are terminal. A SUBMITTED referral cannot be closed without a review
 * (acknowledge or forward first); a FORWARDED one can only be closed (with its outcome).
 * Who may take a step is the permission table's (lib/auth/permissions.ts: "referral.review" for
 * the supervisor's steps, "referral.answer" for the mentor's); `by` says which of the two.
 */
export const REFERRAL_STATUSES = [
  "SUBMITTED",
  "ACKNOWLEDGED",
  "INFO_REQUESTED",
  "FORWARDED",
  "CLOSED",
  "DECLINED",
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const OPEN_STATUSES: readonly ReferralStatus[] = ["SUBMITTED", "ACKNOWLEDGED", "INFO_REQUESTED", "FORWARDED"];
export const TERMINAL_STATUSES: readonly ReferralStatus[] = ["CLOSED", "DECLINED"];

export const CATEGORIES = ["PSYCHOLOGICAL", "EDUCATIONAL", "FINANCIAL", "HEALTH", "OTHER"] as const;
export type SupportCategory = (typeof CATEGORIES)[number];
export const URGENCIES = ["ROUTINE", "SOON", "URGENT"] as const;
export type Urgency = (typeof URGENCIES)[number];

export type ReferralStep = "acknowledge" | "requestInfo" | "answer" | "forward" | "close" | "decline";
export type StepActor = "SUPERVISOR" | "MENTOR";

export const STEPS: Record<ReferralStep, { by: StepActor; from: readonly ReferralStatus[]; to: ReferralStatus }> = {
  acknowledge: { by: "SUPERVISOR", from: ["SUBMITTED"], to: "ACKNOWLEDGED" },
  requestInfo: { by: "SUPERVISOR", from: ["SUBMITTED", "ACKNOWLEDGED"], to: "INFO_REQUESTED" },
  answer: { by: "MENTOR", from: ["INFO_REQUESTED"], to: "ACKNOWLEDGED" },
  forward: { by: "SUPERVISOR", from: ["SUBMITTED", "ACKNOWLEDGED", "INFO_REQUESTED"], to: "FORWARDED" },
  close: { by: "SUPERVISOR", from: ["ACKNOWLEDGED", "FORWARDED"], to: "CLOSED" },
  decline: { by: "SUPERVISOR", from: ["SUBMITTED", "ACKNOWLEDGED", "INFO_REQUESTED"], to: "DECLINED" },
};

export function isTerminal(status: ReferralStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

/** The steps a person acting as `by` may take on a referral in `status` (what the page offers). */
export function availableSteps(status: ReferralStatus, by: StepActor): ReferralStep[] {
  return (Object.keys(STEPS) as ReferralStep[]).filter((k) => STEPS[k].by === by && STEPS[k].from.includes(status));
}

export type StepDecision =
  | { ok: true; to: ReferralStatus; setAcknowledgedAt: boolean; setClosedAt: boolean }
  | { ok: false; message: string };

const STEP_VERB: Record<ReferralStep, string> = {
  acknowledge: "acknowledged",
  requestInfo: "asked for more information",
  answer: "answered",
  forward: "forwarded",
  close: "closed",
  decline: "declined",
};

/**
 * Whether `step` may be taken now. The first supervisor step out of SUBMITTED stamps
 * acknowledgedAt (the time to review); CLOSED and DECLINED stamp closedAt.
 */
export function decideStep(step: ReferralStep, from: ReferralStatus, acknowledgedAt: Date | null): StepDecision {
  const s = STEPS[step];
  if (!s.from.includes(from)) {
    const now = STATUS_TEXT[from];
    return {
      ok: false,
      message: `This referral is ${now}, so it cannot be ${STEP_VERB[step]} now. Reload to see its current state.`,
    };
  }
  return {
    ok: true,
    to: s.to,
    setAcknowledgedAt: acknowledgedAt === null && s.by === "SUPERVISOR",
    setClosedAt: isTerminal(s.to),
  };
}

const STATUS_TEXT: Record<ReferralStatus, string> = {
  SUBMITTED: "waiting for review",
  ACKNOWLEDGED: "acknowledged",
  INFO_REQUESTED: "waiting for the mentor's answer",
  FORWARDED: "forwarded",
  CLOSED: "closed",
  DECLINED: "declined",
};

/**
 * A referral made from a contact log: the log must be a contact of the referring pair with this
 * mentee, or a whole-group contact of that pair (`log` null: no such log).
 */
export function contactLogProblem(
  log: { pairId: string; menteeId: string | null } | null,
  referral: { pairId: string; menteeId: string },
): string | null {
  if (!log || log.pairId !== referral.pairId || (log.menteeId !== null && log.menteeId !== referral.menteeId))
    return "That contact log is not one of this mentee's contacts.";
  return null;
}

/** A mentee who has not been told cannot have agreed. */
export function consentProblem(input: { menteeInformed: boolean; menteeConsented: boolean }): string | null {
  if (input.menteeConsented && !input.menteeInformed)
    return "A mentee who has not been told about the referral cannot have agreed to it.";
  return null;
}

const HOUR = 3_600_000;

/**
 * Overdue review: an URGENT referral nobody has reviewed (still SUBMITTED) `ackHours` after it
 * was made. Other urgencies get a longer allowance: SOON 3x, ROUTINE 7x the urgent one.
 */
export const ALLOWANCE_FACTOR: Record<Urgency, number> = { URGENT: 1, SOON: 3, ROUTINE: 7 };

export function reviewDueAt(r: { urgency: Urgency; createdAt: Date }, ackHours: number): Date {
  return new Date(r.createdAt.getTime() + ackHours * ALLOWANCE_FACTOR[r.urgency] * HOUR);
}

export function isOverdue(
  r: { urgency: Urgency; status: ReferralStatus; createdAt: Date; acknowledgedAt: Date | null },
  ackHours: number,
  now: Date,
): boolean {
  if (r.status !== "SUBMITTED" || r.acknowledgedAt) return false;
  return now.getTime() > reviewDueAt(r, ackHours).getTime();
}

const URGENCY_RANK: Record<Urgency, number> = { URGENT: 0, SOON: 1, ROUTINE: 2 };

/** Queue order: urgent first, then soon, then routine; within each, oldest first. */
export function compareQueue(
  a: { urgency: Urgency; createdAt: Date; id: string },
  b: { urgency: Urgency; createdAt: Date; id: string },
): number {
  return (
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.id.localeCompare(b.id)
  );
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface ReportRow {
  category: SupportCategory;
  status: ReferralStatus;
  centreName: string | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
}

export interface ReportLine {
  key: string;
  open: number;
  closed: number;
}

export interface ReferralReport {
  total: number;
  open: number;
  closed: number;
  byCategory: ReportLine[];
  byCentre: ReportLine[];
  /** Median hours from submission to the first review step; null without any. */
  medianHoursToAcknowledge: number | null;
  /** Median hours from submission to closed/declined; null without any. */
  medianHoursToClose: number | null;
}

function tally(rows: ReportRow[], keyOf: (r: ReportRow) => string): ReportLine[] {
  const m = new Map<string, ReportLine>();
  for (const r of rows) {
    const key = keyOf(r);
    const line = m.get(key) ?? { key, open: 0, closed: 0 };
    if (isTerminal(r.status)) line.closed++;
    else line.open++;
    m.set(key, line);
  }
  return [...m.values()].sort((a, b) => b.open + b.closed - (a.open + a.closed) || a.key.localeCompare(b.key));
}

/** "Closed" in the report means finished: CLOSED or DECLINED. `NO_CENTRE` = not forwarded. */
export const NO_CENTRE = "Not forwarded";

export function buildReport(rows: ReportRow[]): ReferralReport {
  const hours = (a: Date, b: Date) => (b.getTime() - a.getTime()) / HOUR;
  const closed = rows.filter((r) => isTerminal(r.status)).length;
  return {
    total: rows.length,
    open: rows.length - closed,
    closed,
    byCategory: tally(rows, (r) => r.category),
    byCentre: tally(rows, (r) => r.centreName ?? NO_CENTRE),
    medianHoursToAcknowledge: median(
      rows.filter((r) => r.acknowledgedAt).map((r) => hours(r.createdAt, r.acknowledgedAt!)),
    ),
    medianHoursToClose: median(rows.filter((r) => r.closedAt).map((r) => hours(r.createdAt, r.closedAt!))),
  };
}

/** "3.5 h", "2.1 days": for medians. */
export function formatHours(h: number | null): string {
  if (h === null) return "—";
  if (h < 48) return `${Math.round(h * 10) / 10} h`;
  return `${Math.round((h / 24) * 10) / 10} days`;
}

export const FORWARD_HOW = ["SUPERVISOR_CONTACTED", "MENTEE_GIVEN_CONTACT", "APPOINTMENT_BOOKED"] as const;
export type ForwardHow = (typeof FORWARD_HOW)[number];
export const FORWARD_HOW_LABEL: Record<ForwardHow, string> = {
  SUPERVISOR_CONTACTED: "I contacted the centre",
  MENTEE_GIVEN_CONTACT: "The mentee has the centre's contact and will get in touch",
  APPOINTMENT_BOOKED: "An appointment is booked",
};

// ---------------------------------------------------------------- the supervisor's page

/** The order the review steps are offered in: the usual next step first (it opens by itself). */
const STEP_ORDER: readonly ReferralStep[] = ["acknowledge", "forward", "close", "answer", "requestInfo", "decline"];

export function stepsInOrder(steps: readonly ReferralStep[]): ReferralStep[] {
  return STEP_ORDER.filter((s) => steps.includes(s));
}

export interface TrailEntry {
  id: string;
  action: string;
  at: Date;
  by: string;
  as: string | null;
}

export interface ReadGroup {
  by: string;
  as: string | null;
  times: number;
  first: Date;
  last: Date;
}

/**
 * The audit trail in two parts: the changes (each step, newest first) and the reads grouped by
 * reader and role (how often, first and last time; the most recent reader first), so a supervisor
 * reading the page ten times does not bury the steps.
 */
export function splitAuditTrail(trail: readonly TrailEntry[]): { changes: TrailEntry[]; reads: ReadGroup[] } {
  const changes = trail.filter((e) => e.action !== "referral.read").sort((a, b) => b.at.getTime() - a.at.getTime());
  const groups = new Map<string, ReadGroup>();
  for (const e of trail) {
    if (e.action !== "referral.read") continue;
    const key = `${e.by}\u0000${e.as ?? ""}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { by: e.by, as: e.as, times: 1, first: e.at, last: e.at });
    else {
      g.times++;
      if (e.at < g.first) g.first = e.at;
      if (e.at > g.last) g.last = e.at;
    }
  }
  return { changes, reads: [...groups.values()].sort((a, b) => b.last.getTime() - a.last.getTime()) };
}
