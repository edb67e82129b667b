/**
 * Issue 14's demo rows: exam results of all 150 first-years in two blocks (the drawn mentees a
 * little ahead, as the reference programme reported), and one mentor's approved volunteer hours
 * (computed from the demo's own contacts, meetings and sessions with the app's rule), so the
 * outcomes, hours, certificate and /verify pages show real figures.
 */
import type { Prisma } from "../../generated/prisma/client";
import { volunteerMinutes, type Activity } from "../recognition/rules";
import { addDays, DEMO_TIME_ZONE, idOf, rngFor } from "./context";
import type { DemoWorld } from "./world";

/** The demo certificate's code (printed in the README and used by the /verify screenshot). */
export const DEMO_CERTIFICATE_CODE = "DMHR-S8K2-W7QX";

const BLOCKS = [
  { exam: "Block 1 – Anatomy", day: 21 },
  { exam: "Block 2 – Physiology", day: 33 },
];

function normal(rng: ReturnType<typeof rngFor>) {
  // Box-Muller
  const u = Math.max(1e-9, rng.next());
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function examResultRows(w: DemoWorld): Prisma.ExamResultCreateManyInput[] {
  const rng = rngFor("exam-results");
  const drawn = new Set(w.groups.flat().map((p) => p.id));
  const rows: Prisma.ExamResultCreateManyInput[] = [];
  for (const block of BLOCKS)
    for (const p of w.people.firstYears) {
      const mean = drawn.has(p.id) ? 72 : 67;
      const score = Math.round(Math.min(100, Math.max(20, mean + 11 * normal(rng))));
      rows.push({
        id: idOf("exr", rows.length + 1),
        cohortId: w.cohortId,
        membershipId: w.mid(p),
        exam: block.exam,
        takenOn: addDays(w.cal.startsOn, block.day),
        score,
        maximum: 100,
        passed: score >= 60,
        importedById: w.people.coordinator.id,
        createdAt: addDays(w.cal.startsOn, block.day + 7),
        updatedAt: addDays(w.cal.startsOn, block.day + 7),
      });
    }
  return rows;
}

const COUNTED = new Set(["INTER_MENTOR", "BRIEFING", "TRAINING"]);

const month = (d: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: DEMO_TIME_ZONE, year: "numeric", month: "2-digit" })
    .format(d)
    .slice(0, 7);

/** One approved certificate: the second pair's clinical mentor, hours computed as the app does. */
export function hoursCertificateRows(
  w: DemoWorld,
  d: {
    contactLogs: Prisma.ContactLogCreateManyInput[];
    slots: Prisma.AvailabilitySlotCreateManyInput[];
    bookings: Prisma.BookingCreateManyInput[];
    sessions: Prisma.ProgramSessionCreateManyInput[];
    attendance: Prisma.AttendanceCreateManyInput[];
  },
): Prisma.HoursCertificateCreateManyInput[] {
  const mentorId = w.clinicalIds[1];
  const attendedSlots = new Set(d.bookings.filter((b) => b.status === "ATTENDED").map((b) => b.slotId));
  const acts: Activity[] = [
    ...d.contactLogs
      .filter((c) => c.mentorId === mentorId && (c.outcome ?? "COMPLETED") === "COMPLETED" && c.minutes && !c.bookingId)
      .map((c) => {
        const start = new Date(c.occurredAt).getTime();
        return {
          kind: "CONTACT" as const,
          start,
          end: start + c.minutes! * 60_000,
          month: month(new Date(c.occurredAt)),
        };
      }),
    ...d.slots
      .filter((s) => s.mentorId === mentorId && !s.cancelledAt && attendedSlots.has(s.id!))
      .map((s) => ({
        kind: "MEETING" as const,
        start: new Date(s.startsAt).getTime(),
        end: new Date(s.endsAt).getTime(),
        month: month(new Date(s.startsAt)),
      })),
    ...d.attendance
      .filter((a) => a.membershipId === mentorId && a.status === "ATTENDED")
      .flatMap((a) => d.sessions.filter((s) => s.id === a.sessionId && !s.cancelledAt && COUNTED.has(s.kind)))
      .map((s) => ({
        kind: "SESSION" as const,
        start: new Date(s.startsAt).getTime(),
        end: new Date(s.endsAt).getTime(),
        month: month(new Date(s.startsAt)),
      })),
  ];
  const minutes = volunteerMinutes(acts).minutes;
  if (minutes <= 0) return [];
  return [
    {
      id: idOf("hcert", 1),
      cohortId: w.cohortId,
      membershipId: mentorId,
      minutes,
      code: DEMO_CERTIFICATE_CODE,
      approvedById: w.people.coordinator.id,
      approvedAt: w.cal.day(-1),
    },
  ];
}
