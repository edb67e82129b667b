/**
 * The RSVP engine: seats and the waitlist of a session, decided by the database with the shared
 * lock-and-count recipe (lib/db/capacity.ts). Every writer of an Attendance row of a session takes
 * the session's row lock first (this file); the trigger Attendance_session_capacity is the second
 * line. No server-only imports: the actions, the jobs and the concurrency tests call it.
 */
import { claim, defineCapacity, lockAndCount, type Tx } from "../db/capacity";
import type { Place } from "../db/capacity";
import { promotions, rsvpPlace, statusForPlace, waitlistPosition, type Holder } from "./rules";

export const SESSION_SEATS = defineCapacity<{ id: string; capacity: number | null }>({
  parent: "ProgramSession",
  columns: "id, capacity",
  holders: "Attendance",
  key: "sessionId",
  seat: `h.status IN ('REGISTERED', 'ATTENDED')`,
  waiting: `h.status = 'WAITLISTED'`,
  arrival: "registeredAt",
});

export type RsvpResult =
  | { kind: "seat"; attendanceId: string; changed: boolean }
  | { kind: "waitlist"; attendanceId: string; position: number; changed: boolean };

/** The holders of a session in arrival order, with their status (under the lock). */
async function holders(tx: Tx, sessionId: string): Promise<Holder[]> {
  return tx.attendance.findMany({
    where: { sessionId, status: { in: ["REGISTERED", "ATTENDED", "WAITLISTED"] } },
    select: { id: true, status: true, registeredAt: true },
    orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
  });
}

/**
 * The arrival time of a new RSVP, under the session's lock: now, or just after the latest arrival
 * (whose clock may have read later while it waited for the lock), so arrival order IS the order in
 * which the lock was won: the waitlist is first come, first served to the millisecond.
 */
async function arrivalTime(tx: Tx, sessionId: string, now: Date): Promise<Date> {
  const last = await tx.attendance.aggregate({ where: { sessionId }, _max: { registeredAt: true } });
  const after = last._max.registeredAt ? last._max.registeredAt.getTime() + 1 : 0;
  return new Date(Math.max(now.getTime(), after));
}

/**
 * "Going": a seat if one is free, else the end of the waitlist. Saying it again changes nothing
 * (one RSVP per person: the row is unique per session and member; under the lock, the second of
 * two parallel calls sees the first one's row). null: no such session.
 */
export async function rsvpGoing(
  tx: Tx,
  sessionId: string,
  membershipId: string,
  now: Date,
): Promise<RsvpResult | null> {
  return claim(tx, SESSION_SEATS, sessionId, {
    facts: () =>
      tx.attendance.findUnique({
        where: { sessionId_membershipId: { sessionId, membershipId } },
        select: { id: true, status: true },
      }),
    decide: (held, mine): Place | { kind: "already"; id: string; status: string } =>
      mine && mine.status !== "CANCELLED"
        ? { kind: "already", id: mine.id, status: mine.status }
        : rsvpPlace({ capacity: held.row.capacity, taken: held.taken, waiting: held.waiting }),
    write: async (_held, place): Promise<RsvpResult> => {
      if (place.kind === "already") {
        if (place.status === "WAITLISTED") {
          const position = waitlistPosition(await holders(tx, sessionId), place.id) ?? 1;
          return { kind: "waitlist", attendanceId: place.id, position, changed: false };
        }
        return { kind: "seat", attendanceId: place.id, changed: false };
      }
      if (place.kind === "full") throw new Error("unreachable: the waitlist has no limit");
      const status = statusForPlace(place);
      const registeredAt = await arrivalTime(tx, sessionId, now);
      const row = await tx.attendance.upsert({
        where: { sessionId_membershipId: { sessionId, membershipId } },
        create: { sessionId, membershipId, status, registeredAt },
        update: { status, registeredAt, recordedById: null, recordedAt: null, walkIn: false },
        select: { id: true },
      });
      return place.kind === "seat"
        ? { kind: "seat", attendanceId: row.id, changed: true }
        : { kind: "waitlist", attendanceId: row.id, position: place.position, changed: true };
    },
  });
}

/**
 * "Not going" (or cancelling one's RSVP): the row becomes CANCELLED and, in the same transaction,
 * the first waiting arrivals take the freed seats. Returns the membership ids promoted.
 */
export async function rsvpNotGoing(
  tx: Tx,
  sessionId: string,
  membershipId: string,
  now: Date,
): Promise<{ promoted: string[]; changed: boolean } | null> {
  const held = await lockAndCount(tx, SESSION_SEATS, sessionId);
  if (!held) return null;
  const mine = await tx.attendance.findUnique({
    where: { sessionId_membershipId: { sessionId, membershipId } },
    select: { id: true, status: true },
  });
  if (mine?.status === "CANCELLED") return { promoted: [], changed: false };
  if (mine) await tx.attendance.update({ where: { id: mine.id }, data: { status: "CANCELLED" } });
  else await tx.attendance.create({ data: { sessionId, membershipId, status: "CANCELLED", registeredAt: now } });
  return { promoted: await promoteWaiting(tx, sessionId, held.row.capacity), changed: true };
}

/** Under the session's lock: the first waiting arrivals take the free seats. Their membership ids. */
export async function promoteWaiting(tx: Tx, sessionId: string, capacity: number | null): Promise<string[]> {
  const ids = promotions(capacity, await holders(tx, sessionId));
  if (ids.length === 0) return [];
  const rows = await tx.attendance.findMany({ where: { id: { in: ids } }, select: { id: true, membershipId: true } });
  // One at a time, in arrival order (the trigger counts each).
  for (const id of ids) await tx.attendance.update({ where: { id }, data: { status: "REGISTERED" } });
  const byId = new Map(rows.map((r) => [r.id, r.membershipId]));
  return ids.map((id) => byId.get(id)!);
}
