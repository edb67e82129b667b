/**
 * Face-to-face meetings: the times mentors offer (individual and group slots) and what mentees
 * booked, including one past meeting of the demo mentee marked attended.
 */
import type { Prisma } from "../../generated/prisma/client";
import { addMinutes, idOf, localTime } from "./context";
import type { Person } from "./people";
import { cast, type DemoWorld } from "./world";

export function bookingRows(w: DemoWorld) {
  const { groups, clinicalIds, preclinicalIds, mid } = w;
  const { demoMentee } = cast(groups);
  const slots: Prisma.AvailabilitySlotCreateManyInput[] = [];
  const bookings: Prisma.BookingCreateManyInput[] = [];
  const slot = (
    g: number,
    mentorId: string,
    day: number,
    hour: number,
    minute: number,
    length: number,
    place: string,
    kind: "INDIVIDUAL" | "GROUP" = "INDIVIDUAL",
  ) => {
    const startsAt = localTime(w.cal.day(day), hour, minute);
    const createdAt = localTime(w.cal.day(Math.min(day, 0) - 3), 20, 5 * g);
    const id = idOf("slot", slots.length + 1);
    slots.push({
      id,
      cohortId: w.cohortId,
      pairId: w.pairIds[g],
      mentorId,
      startsAt,
      endsAt: addMinutes(startsAt, length),
      place,
      kind,
      capacity: kind === "GROUP" ? 6 : 1,
      createdAt,
      updatedAt: createdAt,
    });
    return { id, startsAt, createdAt };
  };
  const book = (
    s: { id: string; createdAt: Date },
    mentee: Person,
    hoursAfter: number,
    status: "BOOKED" | "ATTENDED" = "BOOKED",
    markedAt?: Date,
  ) => {
    const id = idOf("bkg", bookings.length + 1);
    const bookedAt = addMinutes(s.createdAt, 60 * hoursAfter);
    bookings.push({
      id,
      slotId: s.id,
      menteeId: mid(mentee),
      status,
      bookedAt,
      markedAt: markedAt ?? null,
      updatedAt: markedAt ?? bookedAt,
    });
    return id;
  };
  const pastSlot = slot(0, preclinicalIds[0], -4, 16, 0, 45, "Dormitory study room");
  const attendedBookingId = book(pastSlot, demoMentee, 14, "ATTENDED", addMinutes(pastSlot.startsAt, 45 + 30));
  book(slot(0, preclinicalIds[0], 2, 16, 0, 45, "Dormitory study room"), demoMentee, 18);
  slot(0, clinicalIds[0], 3, 12, 30, 45, "Campus cafe");
  slot(0, clinicalIds[0], 5, 17, 0, 45, "Campus cafe");
  const groupSlot = slot(0, preclinicalIds[0], 6, 18, 0, 90, "Lecture room B", "GROUP");
  book(groupSlot, groups[0][1], 2);
  book(groupSlot, groups[0][2], 5);
  book(groupSlot, groups[0][4], 21);
  book(slot(1, clinicalIds[1], 4, 13, 0, 60, "Campus cafe"), groups[1][2], 10);
  slot(2, preclinicalIds[2], 2, 17, 30, 45, "Library group study room 2");
  book(slot(3, preclinicalIds[3], 7, 18, 0, 60, "Dormitory study room"), groups[3][0], 6);
  slot(4, clinicalIds[4], 8, 12, 15, 45, "Lecture room B");
  slot(5, preclinicalIds[5], 9, 16, 0, 90, "Campus cafe", "GROUP");
  return { slots, bookings, attended: { bookingId: attendedBookingId, startsAt: pastSlot.startsAt } };
}
