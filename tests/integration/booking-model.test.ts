/**
 * A model test of the booking state machine (fast-check): random sequences of book, cancel,
 * reschedule, mentor override and attendance marks (with time moving on) run against the real
 * actions and database, and against a tiny in-memory model; after every step the statuses,
 * seat counts and face-to-face contact logs must agree.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import {
  bookSlotAction,
  cancelBookingAction,
  markAttendanceAction,
  rescheduleBookingAction,
} from "@/lib/booking/actions";
import type { Db } from "@/lib/db/client";
import { createSlot } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";
import { bookingWorld, HOUR } from "./booking-helpers";

type Status = "BOOKED" | "CANCELLED" | "ATTENDED" | "NO_SHOW";
interface MSlot {
  id: string;
  start: number;
  end: number;
  capacity: number;
}
interface MBooking {
  id: string;
  slot: number;
  mentee: number;
  status: Status;
}
interface Real {
  prisma: Db;
  cohortId: string;
  menteeUsers: string[];
  mentorUser: string;
}
interface Model {
  now: number;
  notice: number;
  slots: MSlot[];
  bookings: MBooking[];
}

const active = (m: Model, slot: number) => m.bookings.filter((b) => b.slot === slot && b.status !== "CANCELLED").length;
const hasActive = (m: Model, mentee: number, slot: number) =>
  m.bookings.find((b) => b.mentee === mentee && b.slot === slot && b.status !== "CANCELLED");
const clash = (m: Model, mentee: number, slot: number, ignore?: string) =>
  m.bookings.some(
    (b) =>
      b.mentee === mentee &&
      b.status === "BOOKED" &&
      b.id !== ignore &&
      m.slots[b.slot].start < m.slots[slot].end &&
      m.slots[slot].start < m.slots[b.slot].end,
  );
const inside = (m: Model, slot: number) => m.now > m.slots[slot].start - m.notice * HOUR;

/** The model's answer to booking: "new" | "same" (already held) | "no". */
function canBook(m: Model, mentee: number, slot: number, ignore?: string): "new" | "same" | "no" {
  if (hasActive(m, mentee, slot)) return "same";
  const s = m.slots[slot];
  if (s.start <= m.now || active(m, slot) >= s.capacity || clash(m, mentee, slot, ignore)) return "no";
  return "new";
}

class Book implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly mentee: number,
    readonly slot: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const expected = canBook(m, this.mentee, this.slot);
    const res = await asUser(r.menteeUsers[this.mentee], () => bookSlotAction(null, { slotId: m.slots[this.slot].id }));
    expect(res.ok).toBe(expected !== "no");
    friendly(res);
    if (res.ok && expected === "new")
      m.bookings.push({ id: res.data.bookingId, slot: this.slot, mentee: this.mentee, status: "BOOKED" });
    if (res.ok) expect(res.data.repeated).toBe(expected === "same");
  }
  toString = () => `book(m${this.mentee}, s${this.slot})`;
}

class Cancel implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly byMentor: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.bookings.length > 0;
  async run(m: Model, r: Real) {
    const b = m.bookings[this.pick % m.bookings.length];
    const s = m.slots[b.slot];
    const ok = b.status === "BOOKED" && s.start > m.now && (this.byMentor || !inside(m, b.slot));
    const who = this.byMentor ? r.mentorUser : r.menteeUsers[b.mentee];
    const res = await asUser(who, () =>
      cancelBookingAction(null, { bookingId: b.id, overrideReason: this.byMentor ? "Override for the model" : "" }),
    );
    expect(res.ok).toBe(ok);
    friendly(res);
    if (ok) b.status = "CANCELLED";
  }
  toString = () => `cancel(#${this.pick}${this.byMentor ? ", mentor override" : ""})`;
}

class Reschedule implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly slot: number,
  ) {}
  check = (m: Readonly<Model>) => m.bookings.length > 0;
  async run(m: Model, r: Real) {
    const b = m.bookings[this.pick % m.bookings.length];
    const may = b.status === "BOOKED" && m.slots[b.slot].start > m.now && !inside(m, b.slot) && this.slot !== b.slot;
    // The old booking is cancelled first inside the transaction, so it frees its own time.
    const verdict = may ? canBook(m, b.mentee, this.slot, b.id) : "no";
    const res = await asUser(r.menteeUsers[b.mentee], () =>
      rescheduleBookingAction(null, { bookingId: b.id, slotId: m.slots[this.slot].id }),
    );
    expect(res.ok).toBe(verdict !== "no");
    friendly(res);
    if (res.ok) {
      b.status = "CANCELLED";
      if (verdict === "new")
        m.bookings.push({ id: res.data.bookingId, slot: this.slot, mentee: b.mentee, status: "BOOKED" });
    }
  }
  toString = () => `reschedule(#${this.pick} -> s${this.slot})`;
}

class Mark implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly attended: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.bookings.length > 0;
  async run(m: Model, r: Real) {
    const b = m.bookings[this.pick % m.bookings.length];
    const ok = b.status === "BOOKED" && m.slots[b.slot].start <= m.now;
    const res = await asUser(r.mentorUser, () =>
      markAttendanceAction(null, { bookingId: b.id, mark: this.attended ? "ATTENDED" : "NO_SHOW" }),
    );
    expect(res.ok).toBe(ok);
    friendly(res);
    if (ok) b.status = this.attended ? "ATTENDED" : "NO_SHOW";
  }
  toString = () => `mark(#${this.pick}, ${this.attended ? "attended" : "no-show"})`;
}

class Advance implements fc.AsyncCommand<Model, Real> {
  constructor(readonly hours: number) {}
  check = () => true;
  async run(m: Model) {
    m.now += this.hours * HOUR;
    vi.setSystemTime(m.now);
  }
  toString = () => `advance(${this.hours}h)`;
}

/** A refusal is a message for a person, never the generic error of a tripped database constraint. */
function friendly(res: { ok: boolean; error?: string }) {
  if (!res.ok) expect(res.error).not.toMatch(/went wrong/);
}

async function agree(m: Model, r: Real) {
  const rows = await r.prisma.booking.findMany({
    where: { slot: { cohortId: r.cohortId } },
    select: { id: true, status: true, slotId: true },
  });
  expect(new Map(rows.map((x) => [x.id, x.status]))).toEqual(new Map(m.bookings.map((b) => [b.id, b.status])));
  for (const [i, s] of m.slots.entries()) expect(active(m, i)).toBeLessThanOrEqual(s.capacity);
  const logs = await r.prisma.contactLog.count({
    where: { cohortId: r.cohortId, channel: "FACE_TO_FACE", bookingId: { not: null } },
  });
  expect(logs).toBe(m.bookings.filter((b) => b.status === "ATTENDED").length);
}

describe("booking state machine against a model", () => {
  const getDb = useTestDb();
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it("book, cancel, reschedule, override and mark agree with the model", async () => {
    const slotArb = fc.integer({ min: 0, max: 5 });
    const commands = [
      fc.tuple(fc.integer({ min: 0, max: 2 }), slotArb).map(([m, s]) => new Book(m, s)),
      fc.tuple(fc.nat(), fc.boolean()).map(([p, byMentor]) => new Cancel(p, byMentor)),
      fc.tuple(fc.nat(), slotArb).map(([p, s]) => new Reschedule(p, s)),
      fc.tuple(fc.nat(), fc.boolean()).map(([p, a]) => new Mark(p, a)),
      fc.constantFrom(6, 20, 30).map((h) => new Advance(h)),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
        const start = Date.UTC(2026, 10, 2, 9, 0); // a Monday morning in the cohort's dates
        vi.setSystemTime(start);
        const prisma = getDb().prisma;
        const w = await bookingWorld(prisma, { mentees: 3, notice: 24 });
        // Six times: one soon (inside the notice), two overlapping, a group of 2, and later ones.
        const plan: [number, number, number, string][] = [
          [5, 1, 1, "clinical"],
          [30, 1, 1, "clinical"],
          [30.5, 1, 1, "preclinical"],
          [50, 1.5, 2, "clinical"],
          [80, 1, 1, "preclinical"],
          [120, 1, 2, "clinical"],
        ];
        const slots: MSlot[] = [];
        for (const [h, len, capacity, who] of plan) {
          const s = await createSlot(prisma, w.g1.pair, {
            mentorId: who === "clinical" ? w.g1.clinical.id : w.g1.preclinical.id,
            kind: capacity > 1 ? "GROUP" : "INDIVIDUAL",
            capacity,
            startsAt: new Date(start + h * HOUR),
            endsAt: new Date(start + (h + len) * HOUR),
          });
          slots.push({ id: s.id, start: s.startsAt.getTime(), end: s.endsAt.getTime(), capacity });
        }
        const model: Model = { now: start, notice: 24, slots, bookings: [] };
        const real: Real = {
          prisma,
          cohortId: w.cohort.id,
          menteeUsers: w.g1.mentees.map((m) => m.userId),
          mentorUser: w.g1.clinical.userId,
        };
        await fc.asyncModelRun(
          () => ({ model, real }),
          [...cmds].map((c) => ({
            check: (m: Readonly<Model>) => c.check(m),
            run: async (m: Model, r: Real) => {
              await c.run(m, r);
              await agree(m, r);
            },
            toString: () => c.toString(),
          })),
        );
      }),
      { numRuns: 25, endOnFailure: true },
    );
  }, 240_000);
});
