import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { bookSlotAction, cancelBookingAction, rescheduleBookingAction } from "@/lib/booking/actions";
import { getBookingIcs } from "@/lib/booking/queries";
import { createCalendarFeedAction } from "@/lib/calendar/actions";
import { getFeedIcs } from "@/lib/calendar/feed";
import { useTestDb } from "../helpers/test-db";
import { bookingWorld } from "./booking-helpers";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const user = (m: { userId: string }) => m.userId;

/** The properties of the one VEVENT of an .ics file (unfolded), and its METHOD. */
function parseIcs(ics: string) {
  const lines = ics.replace(/\r\n /g, "").split("\r\n");
  const events = lines.filter((l) => l === "BEGIN:VEVENT").length;
  const start = lines.indexOf("BEGIN:VEVENT");
  const end = lines.indexOf("END:VEVENT");
  const prop = (name: string) =>
    lines
      .slice(start, end)
      .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
      ?.replace(/^[^:]*:/, "");
  return {
    events,
    method: lines.find((l) => l.startsWith("METHOD:"))?.slice(7),
    uid: prop("UID"),
    sequence: Number(prop("SEQUENCE")),
    status: prop("STATUS"),
    dtstart: prop("DTSTART"),
    summary: prop("SUMMARY"),
    valid: lines[0] === "BEGIN:VCALENDAR" && lines.includes("END:VCALENDAR") && start > 0 && end > start,
  };
}

describe("a moved meeting keeps its calendar identity (decision 120)", () => {
  it("book, move, cancel: one UID, SEQUENCE 0 → 1 → 2, METHOD:CANCEL at the end; mentors emailed each time", async () => {
    const w = await bookingWorld(prisma());
    const me = w.g1.mentees[0];
    const from = await w.slotAt(72, { place: "Cafe" });
    const to = await w.slotAt(96, { place: "Library" });

    const booked = await asUser(user(me), () => bookSlotAction(null, { slotId: from.id }));
    if (!booked.ok) throw new Error(booked.error);
    const first = booked.data.bookingId;
    const before = parseIcs((await getBookingIcs(user(me), first))!);
    expect(before).toMatchObject({ valid: true, events: 1, method: "PUBLISH", sequence: 0, status: "CONFIRMED" });
    expect(before.uid).toBe(`booking-${first}@duomentor`);

    const moved = await asUser(user(me), () => rescheduleBookingAction(null, { bookingId: first, slotId: to.id }));
    if (!moved.ok) throw new Error(moved.error);
    expect(moved.message).toMatch(/^Moved to .+\. Your mentors have been told\.$/);
    const second = moved.data.bookingId;
    expect(second).not.toBe(first);
    // both files (the old link and the new one) are the same event at the new time
    const newIcs = parseIcs((await getBookingIcs(user(me), second))!);
    const oldIcs = parseIcs((await getBookingIcs(user(me), first))!);
    for (const f of [newIcs, oldIcs]) {
      expect(f).toMatchObject({ valid: true, events: 1, method: "PUBLISH", uid: before.uid, sequence: 1 });
      expect(f.status).toBe("CONFIRMED");
      expect(f.dtstart).not.toBe(before.dtstart);
    }
    expect(await prisma().booking.findUniqueOrThrow({ where: { id: first } })).toMatchObject({
      status: "CANCELLED",
      movedToId: second,
    });
    // the mentee's feed has the meeting once (the replaced booking is not a second event)
    const feed = await asUser(user(me), () => createCalendarFeedAction(null, {}));
    if (!feed.ok) throw new Error(feed.error);
    const feedIcs = (await getFeedIcs(feed.data.path.split("/").pop()!))!;
    expect(feedIcs.split(`UID:${before.uid}`).length - 1).toBe(1);
    expect(feedIcs).toContain("SEQUENCE:1");

    const cancelled = await asUser(user(me), () =>
      cancelBookingAction(null, { bookingId: second, reason: "Exam moved; sorry!" }),
    );
    expect(cancelled).toMatchObject({ ok: true, message: expect.stringMatching(/^The meeting on .+ is cancelled\./) });
    const gone = parseIcs((await getBookingIcs(user(me), second))!);
    expect(gone).toMatchObject({ valid: true, method: "CANCEL", uid: before.uid, sequence: 2, status: "CANCELLED" });
    // the first link follows to the cancelled meeting too
    expect(parseIcs((await getBookingIcs(user(me), first))!)).toMatchObject({ method: "CANCEL", sequence: 2 });

    // both mentors, once per change, in order; the cancel carries the mentee's reason
    for (const mentor of [w.g1.clinical, w.g1.preclinical]) {
      const mail = await prisma().outbox.findMany({
        where: { userId: mentor.userId },
        orderBy: { createdAt: "asc" },
        select: { kind: true, subject: true, body: true },
      });
      expect(mail.map((m) => m.kind)).toEqual([
        "booking.booked_mentor",
        "booking.moved_mentor",
        "booking.cancelled_mentor",
      ]);
      expect(mail[2].body).toContain("Their reason: Exam moved; sorry!");
      expect(mail[1].body).toMatch(/moved their meeting from .+ to .+ \(Library\)/);
      for (const m of mail) expect(`${m.subject}${m.body}`).not.toMatch(/[{}]|emails\./);
    }
    // the mentee is not emailed about their own changes
    expect(await prisma().outbox.count({ where: { userId: user(me) } })).toBe(0);
  });

  it("another mentee, another group's mentor: no file for the moved meeting, old link or new", async () => {
    const w = await bookingWorld(prisma());
    const me = w.g1.mentees[0];
    const from = await w.slotAt(72);
    const to = await w.slotAt(96);
    const booked = await asUser(user(me), () => bookSlotAction(null, { slotId: from.id }));
    if (!booked.ok) throw new Error(booked.error);
    const moved = await asUser(user(me), () =>
      rescheduleBookingAction(null, { bookingId: booked.data.bookingId, slotId: to.id }),
    );
    if (!moved.ok) throw new Error(moved.error);
    for (const id of [booked.data.bookingId, moved.data.bookingId]) {
      expect(await getBookingIcs(user(w.g1.mentees[1]), id)).toBeNull();
      expect(await getBookingIcs(user(w.g2.clinical), id)).toBeNull();
      expect(await getBookingIcs(user(w.g1.clinical), id)).toContain("SEQUENCE:1");
    }
  });

  it("a mentor cancelling: the mentee is emailed, the mentors are not told by themselves", async () => {
    const w = await bookingWorld(prisma());
    const me = w.g1.mentees[0];
    const slot = await w.slotAt(72);
    const booked = await asUser(user(me), () => bookSlotAction(null, { slotId: slot.id }));
    if (!booked.ok) throw new Error(booked.error);
    const r = await asUser(user(w.g1.clinical), () =>
      cancelBookingAction(null, { bookingId: booked.data.bookingId, reason: "" }),
    );
    expect(r).toMatchObject({ ok: true, message: expect.stringMatching(/The mentee has been emailed\.$/) });
    const mentors = [w.g1.clinical.userId, w.g1.preclinical.userId];
    expect(await prisma().outbox.count({ where: { kind: "booking.cancelled_mentor", userId: { in: mentors } } })).toBe(
      0,
    );
    expect(await prisma().outbox.count({ where: { kind: "booking.cancelled", userId: user(me) } })).toBe(1);
  });
});
