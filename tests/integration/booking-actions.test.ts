import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import {
  bookSlotAction,
  cancelBookingAction,
  cancelSlotAction,
  createSlotsAction,
  markAttendanceAction,
  rescheduleBookingAction,
} from "@/lib/booking/actions";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/lib/calendar/actions";
import { getFeedIcs } from "@/lib/calendar/feed";
import {
  getBookableSlots,
  getBookingIcs,
  getMeetingsByPairAndWeek,
  getMyMeetings,
  getPairWeek,
  getUpcomingCohortBookings,
} from "@/lib/booking/queries";
import { enqueueBookingReminders } from "@/lib/booking/reminders";
import { loadCohortActor } from "@/lib/auth/session";
import { weekStart } from "@/lib/booking/rules";
import { addLocalDays, localDate } from "@/lib/time";
import { createBooking, createSlot } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";
import { bookingWorld, DAY, HOUR } from "./booking-helpers";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const user = (m: { userId: string }) => m.userId;

describe("createSlotsAction", () => {
  it("opens a one-off time and a weekly series at the same local time", async () => {
    const w = await bookingWorld(prisma());
    const date = addLocalDays(localDate(new Date(), "Europe/Berlin"), 3);
    const one = await asUser(user(w.g1.clinical), () =>
      createSlotsAction(null, {
        date,
        time: "17:00",
        durationMinutes: 45,
        kind: "INDIVIDUAL",
        place: "Campus cafe",
        weeks: 1,
      }),
    );
    expect(one).toMatchObject({ ok: true, data: { count: 1 } });
    expect(one.revalidated).toContain("/mentor/availability");
    const series = await asUser(user(w.g1.preclinical), () =>
      createSlotsAction(null, {
        date,
        time: "18:00",
        durationMinutes: 60,
        kind: "GROUP",
        place: "Lecture room B",
        weeks: 4,
      }),
    );
    expect(series).toMatchObject({ ok: true, data: { count: 4 } });
    const slots = await prisma().availabilitySlot.findMany({
      where: { mentorId: w.g1.preclinical.id },
      orderBy: { startsAt: "asc" },
    });
    expect(slots).toHaveLength(4);
    expect(new Set(slots.map((s) => s.seriesId)).size).toBe(1);
    expect(
      slots.every((s) => s.capacity === w.cohort.groupSize && s.kind === "GROUP" && s.pairId === w.g1.pair.id),
    ).toBe(true);
    for (const s of slots) {
      expect(
        new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(
          s.startsAt,
        ),
      ).toBe("18:00");
    }
    // the answer names the week they start in (the page links to it), in the cohort's zone
    expect(series).toMatchObject({ data: { week: weekStart(slots[0].startsAt, "Europe/Berlin") } });
    // the page lists four weeks at once, and starts the form from the mentor's last time
    const mentor = (await loadCohortActor(user(w.g1.preclinical), w.cohort.id))!;
    const monday = weekStart(new Date(), "Europe/Berlin");
    const four = await getPairWeek(mentor, monday, 4);
    const inWeeks = (n: number) =>
      slots.filter((s) => localDate(s.startsAt, "Europe/Berlin") < addLocalDays(monday, 7 * n)).map((s) => s.id);
    const listed = (week: Awaited<ReturnType<typeof getPairWeek>>) =>
      week!.slots.filter((s) => s.mentorName && slots.some((x) => x.id === s.id)).map((s) => s.id);
    expect(inWeeks(4).length).toBeGreaterThan(inWeeks(1).length);
    expect(listed(four)).toEqual(inWeeks(4));
    expect(listed(await getPairWeek(mentor, monday, 1))).toEqual(inWeeks(1));
    expect(four!.lastMine).toMatchObject({ place: "Lecture room B", kind: "GROUP" });
    expect(four!.lastMine!.endsAt.getTime() - four!.lastMine!.startsAt.getTime()).toBe(60 * 60_000);
  });

  it("the pair's week: each slot with its mentor, free seats and bookings (who, in booking order)", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(30, { kind: "GROUP", capacity: 3 });
    const [a, b] = w.g1.mentees;
    await createBooking(prisma(), slot, a.id, { bookedAt: new Date(Date.now() - 2 * HOUR) });
    await createBooking(prisma(), slot, b.id, {
      bookedAt: new Date(Date.now() - HOUR),
      status: "CANCELLED",
      cancelReason: "exam moved",
    });
    const names = await prisma().user.findMany({
      where: { memberships: { some: { id: { in: [a.id, b.id, w.g1.clinical.id] } } } },
      select: { name: true, memberships: { select: { id: true } } },
    });
    const nameOf = (id: string) => names.find((n) => n.memberships.some((m) => m.id === id))!.name;
    const mentor = (await loadCohortActor(user(w.g1.clinical), w.cohort.id))!;
    const week = await getPairWeek(mentor, weekStart(slot.startsAt, "Europe/Berlin"), 1);
    const shown = week!.slots.find((s) => s.id === slot.id)!;
    expect(shown.startsAt).toBeInstanceOf(Date);
    expect(shown.startsAt.getTime()).toBe(slot.startsAt.getTime());
    expect(shown).toMatchObject({
      kind: "GROUP",
      capacity: 3,
      seatsLeft: 2,
      cancelled: false,
      mentorName: nameOf(w.g1.clinical.id),
      phase: "CLINICAL",
    });
    expect(shown.bookings).toEqual([
      { id: expect.any(String), status: "BOOKED", menteeName: nameOf(a.id), overridden: false, cancelReason: null },
      {
        id: expect.any(String),
        status: "CANCELLED",
        menteeName: nameOf(b.id),
        overridden: false,
        cancelReason: "exam moved",
      },
    ]);
  });

  it("refuses a time overlapping the mentor's own slot, and writes nothing", async () => {
    const w = await bookingWorld(prisma());
    const date = addLocalDays(localDate(new Date(), "Europe/Berlin"), 5);
    await asUser(user(w.g1.clinical), () =>
      createSlotsAction(null, {
        date,
        time: "12:00",
        durationMinutes: 60,
        kind: "INDIVIDUAL",
        place: "Cafe",
        weeks: 1,
      }),
    );
    const clash = await asUser(user(w.g1.clinical), () =>
      createSlotsAction(null, {
        date,
        time: "12:30",
        durationMinutes: 60,
        kind: "INDIVIDUAL",
        place: "Cafe",
        weeks: 1,
      }),
    );
    expect(clash).toMatchObject({ ok: false, fieldErrors: { time: [expect.stringMatching(/overlaps/)] } });
    // the co-mentor may offer the same time
    const partner = await asUser(user(w.g1.preclinical), () =>
      createSlotsAction(null, {
        date,
        time: "12:30",
        durationMinutes: 60,
        kind: "INDIVIDUAL",
        place: "Cafe",
        weeks: 1,
      }),
    );
    expect(partner.ok).toBe(true);
    expect(await prisma().availabilitySlot.count({ where: { mentorId: w.g1.clinical.id } })).toBe(1);
  });

  it("refuses invalid input with field errors, a date outside the programme, mentees and coordinators", async () => {
    const w = await bookingWorld(prisma());
    const bad = await asUser(user(w.g1.clinical), () =>
      createSlotsAction(null, {
        date: "soon",
        time: "",
        durationMinutes: 5,
        kind: "INDIVIDUAL",
        place: "",
        weeks: 1,
      } as never),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        date: expect.any(Array),
        time: expect.any(Array),
        durationMinutes: expect.any(Array),
        place: expect.any(Array),
      },
    });
    const outside = await asUser(user(w.g1.clinical), () =>
      createSlotsAction(null, {
        date: "2035-01-01",
        time: "12:00",
        durationMinutes: 60,
        kind: "INDIVIDUAL",
        place: "Cafe",
        weeks: 1,
      }),
    );
    expect(outside).toMatchObject({ ok: false, fieldErrors: { date: [expect.stringMatching(/programme/)] } });
    const date = addLocalDays(localDate(new Date(), "Europe/Berlin"), 3);
    const input = { date, time: "12:00", durationMinutes: 60, kind: "INDIVIDUAL" as const, place: "Cafe", weeks: 1 };
    expect(await asUser(user(w.g1.mentees[0]), () => createSlotsAction(null, input))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/permission/),
    });
    expect(await asUser(user(w.coordinator), () => createSlotsAction(null, input))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/permission/),
    });
    expect(await prisma().availabilitySlot.count({ where: { cohortId: w.cohort.id } })).toBe(0);
  });
});

describe("bookSlotAction", () => {
  it("books a seat; submitting the same booking twice keeps one booking", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(72);
    const me = w.g1.mentees[0];
    const first = await asUser(user(me), () => bookSlotAction(null, { slotId: slot.id }));
    expect(first).toMatchObject({ ok: true, data: { repeated: false } });
    const second = await asUser(user(me), () => bookSlotAction(null, { slotId: slot.id }));
    expect(second).toMatchObject({ ok: true, data: { repeated: true } });
    expect(await prisma().booking.count({ where: { slotId: slot.id } })).toBe(1);
  });

  it("a taken 1:1 slot: 'That slot was just taken' with the next free time offered", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(72);
    const next = await w.slotAt(96, { place: "Dormitory study room" });
    await asUser(user(w.g1.mentees[0]), () => bookSlotAction(null, { slotId: slot.id }));
    const lost = await asUser(user(w.g1.mentees[1]), () => bookSlotAction(null, { slotId: slot.id }));
    expect(lost).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^That slot was just taken\. The next free time is .*Dormitory study room/),
      offer: { slotId: next.id },
    });
    // an offer, not an error of a field: nothing for the form to highlight
    expect(lost.ok ? null : lost.fieldErrors).toBeUndefined();
  });

  it("refuses overlapping meetings for one mentee, cancelled and past slots, and invalid input", async () => {
    const w = await bookingWorld(prisma());
    const a = await w.slotAt(72);
    const b = await createSlot(prisma(), w.g1.pair, {
      mentorId: w.g1.preclinical.id,
      startsAt: new Date(a.startsAt.getTime() + 30 * 60_000),
      endsAt: new Date(a.endsAt.getTime() + 30 * 60_000),
    });
    const me = w.g1.mentees[0];
    expect((await asUser(user(me), () => bookSlotAction(null, { slotId: a.id }))).ok).toBe(true);
    expect(await asUser(user(me), () => bookSlotAction(null, { slotId: b.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already have a meeting/),
    });
    const past = await w.slotAt(-2, { mentorId: w.g1.preclinical.id });
    expect(await asUser(user(me), () => bookSlotAction(null, { slotId: past.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already started/),
    });
    const gone = await w.slotAt(200, { cancelledAt: new Date() });
    expect(await asUser(user(me), () => bookSlotAction(null, { slotId: gone.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cancelled/),
    });
    expect(await asUser(user(me), () => bookSlotAction(null, { slotId: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { slotId: expect.any(Array) },
    });
  });

  it("refuses a mentee of another group, mentors, the coordinator and an unknown slot", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(72);
    for (const who of [w.g2.mentees[0], w.g1.clinical, w.g2.clinical, w.coordinator, w.supervisor]) {
      expect(await asUser(user(who), () => bookSlotAction(null, { slotId: slot.id }))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission/),
      });
    }
    expect(
      await asUser(user(w.g1.mentees[0]), () => bookSlotAction(null, { slotId: "cnothere000000000000000" })),
    ).toMatchObject({ ok: false });
    expect(await prisma().booking.count({ where: { slot: { cohortId: w.cohort.id } } })).toBe(0);
  });
});

describe("cancelBookingAction", () => {
  it("the mentee cancels outside the notice window; SEQUENCE goes up; the seat frees", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(72);
    const me = w.g1.mentees[0];
    const booked = await asUser(user(me), () => bookSlotAction(null, { slotId: slot.id }));
    const id = booked.ok ? booked.data.bookingId : "";
    const done = await asUser(user(me), () => cancelBookingAction(null, { bookingId: id, reason: "Exam moved" }));
    expect(done).toMatchObject({ ok: true, data: { override: false } });
    const b = await prisma().booking.findUniqueOrThrow({ where: { id } });
    expect(b).toMatchObject({
      status: "CANCELLED",
      sequence: 1,
      cancelledById: user(me),
      cancelReason: "Exam moved",
      overrideById: null,
    });
    expect((await asUser(user(w.g1.mentees[1]), () => bookSlotAction(null, { slotId: slot.id }))).ok).toBe(true);
    expect(await asUser(user(me), () => cancelBookingAction(null, { bookingId: id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no longer booked/),
    });
  });

  it("inside the notice window: the mentee is refused with a clear message", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(5);
    const b = await createBooking(prisma(), slot, w.g1.mentees[0].id);
    const refused = await asUser(user(w.g1.mentees[0]), () => cancelBookingAction(null, { bookingId: b.id }));
    expect(refused).toMatchObject({
      ok: false,
      error: expect.stringMatching(/up to 1 day before they start.*contact your mentors/),
    });
    expect((await prisma().booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("BOOKED");
  });

  it("inside the notice window: a mentor or the coordinator overrides with a reason, recorded and audited", async () => {
    const w = await bookingWorld(prisma());
    const b1 = await createBooking(prisma(), await w.slotAt(5), w.g1.mentees[0].id);
    const noReason = await asUser(user(w.g1.preclinical), () => cancelBookingAction(null, { bookingId: b1.id }));
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { overrideReason: [expect.stringMatching(/why/)] } });
    const ok = await asUser(user(w.g1.preclinical), () =>
      cancelBookingAction(null, { bookingId: b1.id, overrideReason: "Mentee is ill" }),
    );
    expect(ok).toMatchObject({ ok: true, data: { override: true } });
    expect(await prisma().booking.findUniqueOrThrow({ where: { id: b1.id } })).toMatchObject({
      status: "CANCELLED",
      overrideById: user(w.g1.preclinical),
      overrideReason: "Mentee is ill",
      sequence: 1,
    });
    const audit = await prisma().auditEvent.findFirstOrThrow({ where: { entityId: b1.id } });
    expect(audit).toMatchObject({ action: "booking.cancelled_inside_notice", actorId: user(w.g1.preclinical) });
    expect(JSON.stringify(audit.detail)).not.toContain("ill");
    expect(await prisma().outbox.count({ where: { dedupeKey: `booking.cancelled:${b1.id}` } })).toBe(1);

    const b2 = await createBooking(prisma(), await w.slotAt(6, { mentorId: w.g1.preclinical.id }), w.g1.mentees[1].id);
    expect(
      await asUser(user(w.coordinator), () =>
        cancelBookingAction(null, { bookingId: b2.id, overrideReason: "Room closed" }),
      ),
    ).toMatchObject({ ok: true, data: { override: true } });
  });

  it("refuses a mentee of the same group (not theirs), another group's mentee, another pair's mentor, the supervisor; invalid input", async () => {
    const w = await bookingWorld(prisma());
    const b = await createBooking(prisma(), await w.slotAt(72), w.g1.mentees[0].id);
    for (const who of [w.g1.mentees[1], w.g2.mentees[0], w.g2.clinical, w.supervisor]) {
      expect(await asUser(user(who), () => cancelBookingAction(null, { bookingId: b.id }))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission/),
      });
    }
    expect(
      await asUser(user(w.g1.mentees[0]), () => cancelBookingAction(null, { bookingId: "", reason: "x".repeat(600) })),
    ).toMatchObject({ ok: false, fieldErrors: { bookingId: expect.any(Array), reason: expect.any(Array) } });
    expect((await prisma().booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("BOOKED");
  });
});

describe("rescheduleBookingAction", () => {
  it("moves a booking atomically: the old one cancelled (SEQUENCE +1), a new one booked", async () => {
    const w = await bookingWorld(prisma());
    const from = await w.slotAt(72);
    const to = await w.slotAt(72.5, { mentorId: w.g1.preclinical.id }); // overlaps the old one: fine, it is being left
    const me = w.g1.mentees[0];
    const b = await createBooking(prisma(), from, me.id);
    const moved = await asUser(user(me), () => rescheduleBookingAction(null, { bookingId: b.id, slotId: to.id }));
    expect(moved).toMatchObject({ ok: true });
    expect(await prisma().booking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: "CANCELLED",
      sequence: 1,
      cancelReason: "Rescheduled",
    });
    expect(await prisma().booking.count({ where: { slotId: to.id, menteeId: me.id, status: "BOOKED" } })).toBe(1);
  });

  it("a full target: nothing changes (the old booking stays) and the next free time is offered", async () => {
    const w = await bookingWorld(prisma());
    const from = await w.slotAt(72);
    const full = await w.slotAt(100);
    const free = await w.slotAt(120);
    await createBooking(prisma(), full, w.g1.mentees[1].id);
    const b = await createBooking(prisma(), from, w.g1.mentees[0].id);
    const r = await asUser(user(w.g1.mentees[0]), () =>
      rescheduleBookingAction(null, { bookingId: b.id, slotId: full.id }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/just taken/),
      offer: { slotId: free.id },
    });
    expect(await prisma().booking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: "BOOKED",
      sequence: 0,
    });
  });

  it("refuses inside the notice window, another mentee, a mentor, another pair's slot, invalid input", async () => {
    const w = await bookingWorld(prisma());
    const soon = await createBooking(prisma(), await w.slotAt(3), w.g1.mentees[0].id);
    const later = await w.slotAt(80);
    expect(
      await asUser(user(w.g1.mentees[0]), () =>
        rescheduleBookingAction(null, { bookingId: soon.id, slotId: later.id }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/contact your mentors/) });
    const b = await createBooking(prisma(), await w.slotAt(50), w.g1.mentees[1].id);
    expect(
      await asUser(user(w.g1.mentees[0]), () => rescheduleBookingAction(null, { bookingId: b.id, slotId: later.id })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    // only the mentee moves their own meeting (the booking.move cell): mentors of the pair and the coordinator
    // may touch the booking (they cancel it), so they are told why
    for (const who of [w.g1.clinical, w.g1.preclinical, w.coordinator]) {
      expect(
        await asUser(user(who), () => rescheduleBookingAction(null, { bookingId: b.id, slotId: later.id })),
      ).toMatchObject({ ok: false, error: "Only the mentee can move their own meeting; mentors can cancel it." });
    }
    const otherPairSlot = await createSlot(prisma(), w.g2.pair, {
      startsAt: new Date(Date.now() + 90 * HOUR),
      endsAt: new Date(Date.now() + 91 * HOUR),
    });
    expect(
      await asUser(user(w.g1.mentees[1]), () =>
        rescheduleBookingAction(null, { bookingId: b.id, slotId: otherPairSlot.id }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    expect(
      await asUser(user(w.g1.mentees[1]), () => rescheduleBookingAction(null, { bookingId: b.id, slotId: "" })),
    ).toMatchObject({ ok: false, fieldErrors: { slotId: expect.any(Array) } });
    expect(
      await asUser(user(w.g1.mentees[1]), () => rescheduleBookingAction(null, { bookingId: b.id, slotId: b.slotId })),
    ).toMatchObject({ ok: false, fieldErrors: { slotId: ["That is the time you already have."] } });
    // nothing moved
    expect(await prisma().booking.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: "BOOKED",
      sequence: 0,
    });
    expect(await prisma().booking.count({ where: { slotId: later.id } })).toBe(0);
  });
});

describe("cancelSlotAction", () => {
  it("cancels the time and its bookings, emails the booked mentees once, audits", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(30, { kind: "GROUP", capacity: 6 });
    await createBooking(prisma(), slot, w.g1.mentees[0].id);
    await createBooking(prisma(), slot, w.g1.mentees[1].id);
    const r = await asUser(user(w.g1.preclinical), () =>
      cancelSlotAction(null, { slotId: slot.id, message: "Exam moved; sorry" }),
    );
    expect(r).toMatchObject({ ok: true, data: { notified: 2 } });
    expect(await prisma().booking.count({ where: { slotId: slot.id, status: "CANCELLED", sequence: 1 } })).toBe(2);
    expect(
      await prisma().outbox.count({
        where: { kind: "booking.slot_cancelled", user: { memberships: { some: { cohortId: w.cohort.id } } } },
      }),
    ).toBe(2);
    expect(await prisma().auditEvent.count({ where: { entityId: slot.id, action: "slot.cancelled" } })).toBe(1);
    expect(
      await asUser(user(w.g1.preclinical), () => cancelSlotAction(null, { slotId: slot.id, message: "again" })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/already cancelled/) });
  });

  it("refuses another pair's mentor, mentees, the coordinator, and a missing message", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(30);
    for (const who of [w.g2.clinical, w.g1.mentees[0], w.coordinator]) {
      expect(
        await asUser(user(who), () => cancelSlotAction(null, { slotId: slot.id, message: "Not now" })),
      ).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    }
    expect(
      await asUser(user(w.g1.clinical), () => cancelSlotAction(null, { slotId: slot.id, message: "" })),
    ).toMatchObject({ ok: false, fieldErrors: { message: expect.any(Array) } });
    expect((await prisma().availabilitySlot.findUniqueOrThrow({ where: { id: slot.id } })).cancelledAt).toBeNull();
  });
});

describe("markAttendanceAction", () => {
  it("attended writes one face-to-face contact log from the booking; no-show writes none", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(-3, {
      kind: "GROUP",
      capacity: 6,
      endsAt: new Date(Date.now() - 3 * HOUR + 45 * 60_000),
    });
    const a = await createBooking(prisma(), slot, w.g1.mentees[0].id);
    const n = await createBooking(prisma(), slot, w.g1.mentees[1].id);
    expect(
      await asUser(user(w.g1.preclinical), () => markAttendanceAction(null, { bookingId: a.id, mark: "ATTENDED" })),
    ).toMatchObject({ ok: true });
    expect(
      await asUser(user(w.g1.preclinical), () => markAttendanceAction(null, { bookingId: n.id, mark: "NO_SHOW" })),
    ).toMatchObject({ ok: true });
    const logs = await prisma().contactLog.findMany({ where: { cohortId: w.cohort.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      cohortId: w.cohort.id,
      pairId: w.g1.pair.id,
      mentorId: w.g1.preclinical.id,
      menteeId: w.g1.mentees[0].id,
      channel: "FACE_TO_FACE",
      outcome: "COMPLETED",
      occurredAt: slot.startsAt,
      minutes: 45,
      bookingId: a.id,
    });
    expect(await prisma().booking.findUniqueOrThrow({ where: { id: n.id } })).toMatchObject({
      status: "NO_SHOW",
      sequence: 1,
    });
    expect(
      await asUser(user(w.g1.clinical), () => markAttendanceAction(null, { bookingId: a.id, mark: "NO_SHOW" })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/already recorded/) });
  });

  it("refuses before the meeting, another pair's mentor, the mentee, the coordinator, invalid input", async () => {
    const w = await bookingWorld(prisma());
    const future = await createBooking(prisma(), await w.slotAt(30), w.g1.mentees[0].id);
    expect(
      await asUser(user(w.g1.clinical), () => markAttendanceAction(null, { bookingId: future.id, mark: "ATTENDED" })),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/once the meeting has started/) });
    const past = await createBooking(prisma(), await w.slotAt(-5), w.g1.mentees[1].id);
    for (const who of [w.g2.clinical, w.g1.mentees[1], w.coordinator]) {
      expect(
        await asUser(user(who), () => markAttendanceAction(null, { bookingId: past.id, mark: "ATTENDED" })),
      ).toMatchObject({ ok: false, error: expect.stringMatching(/permission/) });
    }
    expect(
      await asUser(user(w.g1.clinical), () =>
        markAttendanceAction(null, { bookingId: past.id, mark: "MAYBE" } as never),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { mark: expect.any(Array) } });
    expect(await prisma().contactLog.count({ where: { cohortId: w.cohort.id } })).toBe(0);
  });
});

describe("calendar files, the private feed and reminders", () => {
  it(".ics for those who may read the booking only; the feed works until switched off", async () => {
    const w = await bookingWorld(prisma());
    const b = await createBooking(prisma(), await w.slotAt(72, { place: "Cafe; table 3" }), w.g1.mentees[0].id);
    const ics = await getBookingIcs(user(w.g1.mentees[0]), b.id);
    expect(ics).toContain(`UID:booking-${b.id}@duomentor`);
    expect(ics).toContain("LOCATION:Cafe\\; table 3");
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:");
    expect(await getBookingIcs(user(w.g1.clinical), b.id)).toContain("BEGIN:VEVENT");
    expect(await getBookingIcs(user(w.g1.mentees[1]), b.id)).toBeNull();
    expect(await getBookingIcs(user(w.g2.clinical), b.id)).toBeNull();

    const created = await asUser(user(w.g1.mentees[0]), () => createCalendarFeedAction(null, {}));
    if (!created.ok) throw new Error(created.error);
    const token = created.data.path.split("/").pop()!;
    const stored = await prisma().user.findUniqueOrThrow({
      where: { id: user(w.g1.mentees[0]) },
      select: { calendarTokenHash: true },
    });
    expect(stored.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.calendarTokenHash).not.toContain(token);
    expect(await getFeedIcs(token)).toContain(`UID:booking-${b.id}@duomentor`);
    const mentorFeed = await asUser(user(w.g1.clinical), () => createCalendarFeedAction(null, {}));
    if (!mentorFeed.ok) throw new Error(mentorFeed.error);
    expect(await getFeedIcs(mentorFeed.data.path.split("/").pop()!)).toContain("UID:slot-");
    expect((await asUser(user(w.g1.mentees[0]), () => revokeCalendarFeedAction(null, {}))).ok).toBe(true);
    expect(await getFeedIcs(token)).toBeNull();
    expect(await getFeedIcs("not-a-token")).toBeNull();
  });

  it("reminders are queued once per meeting in the next 24 hours", async () => {
    const w = await bookingWorld(prisma());
    const soon = await createBooking(prisma(), await w.slotAt(10), w.g1.mentees[0].id);
    const later = await createBooking(prisma(), await w.slotAt(40), w.g1.mentees[1].id);
    const first = await enqueueBookingReminders(prisma());
    expect(first.queued).toBeGreaterThanOrEqual(1);
    expect(await enqueueBookingReminders(prisma())).toMatchObject({ queued: 0 });
    expect(await prisma().outbox.count({ where: { dedupeKey: { startsWith: `reminder.meeting:${soon.id}:` } } })).toBe(
      1,
    );
    expect(await prisma().outbox.count({ where: { dedupeKey: { startsWith: `reminder.meeting:${later.id}:` } } })).toBe(
      0,
    );
  });
});

describe("queries", () => {
  it("mentees see their own pair's open times and meetings; mentors the pair's week; coordinators per pair and week", async () => {
    const w = await bookingWorld(prisma());
    const s = await w.slotAt(50);
    await createSlot(prisma(), w.g2.pair, {
      startsAt: new Date(Date.now() + 50 * HOUR),
      endsAt: new Date(Date.now() + 51 * HOUR),
    });
    await createBooking(prisma(), s, w.g1.mentees[0].id);
    const mentee = (await loadCohortActor(user(w.g1.mentees[0]), w.cohort.id))!;
    const bookable = await getBookableSlots(mentee);
    expect(bookable?.slots.map((x) => x.id)).toEqual([s.id]);
    expect(bookable?.slots[0]).toMatchObject({ bookedByMe: true, seatsLeft: 0 });
    const mine = await getMyMeetings(mentee);
    expect(mine?.upcoming).toHaveLength(1);
    const mentor = (await loadCohortActor(user(w.g1.preclinical), w.cohort.id))!;
    const week = await getPairWeek(mentor, addLocalDays(localDate(s.startsAt, "Europe/Berlin"), 0));
    expect(week?.slots.map((x) => x.id) ?? []).toContain(s.id);
    const coord = (await loadCohortActor(user(w.coordinator), w.cohort.id))!;
    const table = await getMeetingsByPairAndWeek(coord);
    const g1 = table?.rows.filter((r) => r.pairId === w.g1.pair.id) ?? [];
    expect(g1.reduce((n, r) => n + r.booked, 0)).toBe(1);
    expect(table?.rows.filter((r) => r.pairId === w.g2.pair.id).reduce((n, r) => n + r.slots, 0)).toBe(1);
    expect(await getMeetingsByPairAndWeek(mentor)).toBeNull();
    const upcoming = await getUpcomingCohortBookings(coord);
    expect(upcoming?.map((b) => b.menteeName)).toContain(
      (await prisma().user.findUniqueOrThrow({ where: { id: user(w.g1.mentees[0]) } })).name,
    );
    expect(await getUpcomingCohortBookings(mentor)).toBeNull();
    expect(await getUpcomingCohortBookings((await loadCohortActor(user(w.supervisor), w.cohort.id))!)).toEqual([]);
    void DAY;
  });
});

describe("one availability rule: back to back, clashes on the page, started meetings", () => {
  it("a mentor's own times: back to back (ending at 13:00, starting at 13:00) is fine; one minute over is refused", async () => {
    const w = await bookingWorld(prisma());
    const date = addLocalDays(localDate(new Date(), "Europe/Berlin"), 4);
    const open = (time: string) =>
      asUser(user(w.g1.clinical), () =>
        createSlotsAction(null, { date, time, durationMinutes: 60, kind: "INDIVIDUAL", place: "Cafe", weeks: 1 }),
      );
    expect((await open("12:00")).ok).toBe(true);
    expect(await open("13:00")).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await open("11:00")).toMatchObject({ ok: true, data: { count: 1 } });
    for (const time of ["13:59", "10:01"]) {
      expect(await open(time)).toMatchObject({ ok: false, fieldErrors: { time: [expect.stringMatching(/overlaps/)] } });
    }
    expect(await prisma().availabilitySlot.count({ where: { mentorId: w.g1.clinical.id } })).toBe(3);
  });

  it("a mentee's meetings: back to back is bookable; a minute of overlap shows as a clash on the page and is refused", async () => {
    const w = await bookingWorld(prisma());
    const me = w.g1.mentees[0];
    const mine = await w.slotAt(72); // the clinical mentor's, 72h to 73h from now
    const start = mine.startsAt.getTime();
    // the other mentor's times (one mentor's own times never overlap): one starting as mine ends,
    // one overlapping the start of mine by a minute
    const backToBack = await createSlot(prisma(), w.g1.pair, {
      mentorId: w.g1.preclinical.id,
      startsAt: new Date(start + HOUR),
      endsAt: new Date(start + 2 * HOUR),
    });
    const minuteOver = await createSlot(prisma(), w.g1.pair, {
      mentorId: w.g1.preclinical.id,
      startsAt: new Date(start - HOUR + 60_000),
      endsAt: new Date(start + 60_000),
    });
    expect((await asUser(user(me), () => bookSlotAction(null, { slotId: mine.id }))).ok).toBe(true);

    const actor = (await loadCohortActor(user(me), w.cohort.id))!;
    const page = new Map((await getBookableSlots(actor))!.slots.map((x) => [x.id, x]));
    expect(page.get(mine.id)).toMatchObject({ bookedByMe: true, clashes: false, bookable: false });
    expect(page.get(backToBack.id)).toMatchObject({ bookedByMe: false, clashes: false, bookable: true, seatsLeft: 1 });
    expect(page.get(minuteOver.id)).toMatchObject({ bookedByMe: false, clashes: true, bookable: false, seatsLeft: 1 });
    // another mentee of the group has no clash there
    const other = (await loadCohortActor(user(w.g1.mentees[1]), w.cohort.id))!;
    expect((await getBookableSlots(other))!.slots.find((x) => x.id === minuteOver.id)).toMatchObject({
      clashes: false,
      bookable: true,
    });

    expect(await asUser(user(me), () => bookSlotAction(null, { slotId: minuteOver.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already have a meeting at that time/),
    });
    expect(await asUser(user(me), () => bookSlotAction(null, { slotId: backToBack.id }))).toMatchObject({
      ok: true,
      data: { repeated: false },
    });
    expect(await prisma().booking.count({ where: { menteeId: me.id, status: "BOOKED" } })).toBe(2);
  });

  it("a lost race offers the next time the mentee can take: not one clashing with their meetings", async () => {
    const w = await bookingWorld(prisma());
    const [me, winner] = w.g1.mentees;
    const taken = await w.slotAt(100);
    const mine = await w.slotAt(140);
    // earlier than the free one, but it overlaps the mentee's own meeting
    await createSlot(prisma(), w.g1.pair, {
      mentorId: w.g1.preclinical.id,
      startsAt: new Date(mine.startsAt.getTime() + 30 * 60_000),
      endsAt: new Date(mine.endsAt.getTime() + 30 * 60_000),
    });
    const free = await w.slotAt(141); // back to back with mine
    await createBooking(prisma(), mine, me.id);
    await createBooking(prisma(), taken, winner.id);
    const lost = await asUser(user(me), () => bookSlotAction(null, { slotId: taken.id }));
    expect(lost).toMatchObject({ ok: false, offer: { slotId: free.id } });
  });

  it("cancelling a time that has started is refused, and nothing is cancelled or emailed", async () => {
    const w = await bookingWorld(prisma());
    const slot = await w.slotAt(-0.5, { kind: "GROUP", capacity: 6 }); // started half an hour ago, still on
    const b = await createBooking(prisma(), slot, w.g1.mentees[0].id);
    expect(
      await asUser(user(w.g1.clinical), () => cancelSlotAction(null, { slotId: slot.id, message: "Room closed" })),
    ).toMatchObject({ ok: false, error: "This time has already started." });
    expect((await prisma().availabilitySlot.findUniqueOrThrow({ where: { id: slot.id } })).cancelledAt).toBeNull();
    expect((await prisma().booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("BOOKED");
    expect(await prisma().outbox.count({ where: { dedupeKey: `booking.slot_cancelled:${b.id}` } })).toBe(0);
  });

  it("cancelling a meeting that has started is refused to everyone, with a reason too", async () => {
    const w = await bookingWorld(prisma(), { notice: 0 });
    const b = await createBooking(prisma(), await w.slotAt(-0.5), w.g1.mentees[0].id);
    for (const who of [w.g1.mentees[0], w.g1.clinical, w.coordinator]) {
      expect(
        await asUser(user(who), () => cancelBookingAction(null, { bookingId: b.id, overrideReason: "Mentee is ill" })),
      ).toMatchObject({ ok: false, error: "This meeting has already started." });
    }
    expect((await prisma().booking.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("BOOKED");
  });

  it("my meetings: the mentee may change a meeting outside the notice window only (the cancel rule)", async () => {
    const w = await bookingWorld(prisma());
    const me = w.g1.mentees[0];
    const later = await createBooking(prisma(), await w.slotAt(72), me.id);
    const soon = await createBooking(prisma(), await w.slotAt(5, { mentorId: w.g1.preclinical.id }), me.id);
    const mine = await getMyMeetings((await loadCohortActor(user(me), w.cohort.id))!);
    const rows = new Map(mine!.upcoming.map((r) => [r.id, r]));
    expect(rows.get(later.id)).toMatchObject({ canChange: true });
    expect(rows.get(soon.id)).toMatchObject({ canChange: false });
  });
});

describe("the database backs the rules for any writer (triggers of 20261123130500_booking_integrity)", () => {
  it("refuses a seat beyond capacity, an overlapping meeting for one mentee, a cancelled slot, and overlapping slots of one mentor", async () => {
    const w = await bookingWorld(prisma());
    const one = await w.slotAt(72);
    await createBooking(prisma(), one, w.g1.mentees[0].id);
    await expect(createBooking(prisma(), one, w.g1.mentees[1].id)).rejects.toThrow(/Booking_slot_capacity/);
    const overlapping = await w.slotAt(72.5, { mentorId: w.g1.preclinical.id, kind: "GROUP", capacity: 6 });
    await expect(createBooking(prisma(), overlapping, w.g1.mentees[0].id)).rejects.toThrow(/Booking_mentee_no_overlap/);
    const gone = await w.slotAt(300, { cancelledAt: new Date() });
    await expect(createBooking(prisma(), gone, w.g1.mentees[1].id)).rejects.toThrow(/Booking_slot_open/);
    await expect(w.slotAt(72.25)).rejects.toThrow(/AvailabilitySlot_no_overlap/);
    // back to back is fine, and a cancelled slot does not block its time
    await expect(w.slotAt(73)).resolves.toBeTruthy();
    await expect(w.slotAt(300)).resolves.toBeTruthy();
  });
});
