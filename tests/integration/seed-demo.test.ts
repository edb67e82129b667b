import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { DbHandle } from "@/lib/db/client";
import { buildDemoData, DEMO_EMAILS, DEMO_PASSWORD, demoCohortStart, seedDemo } from "@/lib/demo/seed-demo";
import { DRAW_METHOD, drawStratified } from "@/lib/pairing/rules/draw";
import { semesterProblem } from "@/lib/surveys/rules";
import { openSemesterSurveys } from "@/lib/surveys/semesters";
import { createTestDb } from "../helpers/test-db";

const TODAY = new Date("2026-11-25T00:00:00Z"); // a Wednesday
const DAY = 86_400_000;

let a: DbHandle;
let b: DbHandle;
let first: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  [a, b] = await Promise.all([createTestDb(), createTestDb()]);
  first = await seedDemo(a.prisma, { today: TODAY });
});

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

const db = () => a.prisma;

describe("the demo programme", () => {
  it("creates one active cohort starting on the Monday five weeks before today", async () => {
    expect(first.created).toBe(true);
    const cohorts = await db().cohort.findMany({ include: { pausedPeriods: true } });
    expect(cohorts).toHaveLength(1);
    const [cohort] = cohorts;
    expect(cohort).toMatchObject({
      name: "Dual Peer Mentoring 2026-2027",
      academicYear: "2026-2027",
      status: "ACTIVE",
      timeZone: "Europe/Berlin",
      groupSize: 6,
      firstIntervalDays: 7,
      lastIntervalDays: 21,
    });
    expect(cohort.startsOn.toISOString().slice(0, 10)).toBe("2026-10-19");
    expect(cohort.groupsPublishedAt).not.toBeNull();
    expect(cohort.agreementText).toBeTruthy();
    expect(cohort.selectionCriteria.length).toBeGreaterThan(0);
    expect(cohort.pausedPeriods).toHaveLength(1);
    expect(cohort.pausedPeriods[0].startsOn.getTime()).toBeGreaterThan(TODAY.getTime());
  });

  it("has 150 first-years, 36 of them mentees (18 female) in 6 groups of exactly 6", async () => {
    const firstYears = await db().membership.count({ where: { role: "MENTEE", yearOfStudy: 1 } });
    expect(firstYears).toBe(150);
    expect(await db().membership.count({ where: { role: "MENTEE", status: "CANDIDATE" } })).toBe(114);
    const mentees = await db().membership.findMany({
      where: { role: "MENTEE", status: "ACTIVE" },
      select: { user: { select: { gender: true } }, assignment: { select: { pairId: true } } },
    });
    expect(mentees).toHaveLength(36);
    expect(mentees.filter((m) => m.user.gender === "FEMALE")).toHaveLength(18);
    expect(mentees.every((m) => m.assignment)).toBe(true);
    const groups = await db().menteeAssignment.groupBy({ by: ["pairId"], _count: { _all: true } });
    expect(groups).toHaveLength(6);
    expect(groups.map((g) => g._count._all)).toEqual([6, 6, 6, 6, 6, 6]);
  });

  it("drew its mentees with the real draw: the draw replays from the seed the cohort records", async () => {
    const cohort = await db().cohort.findFirstOrThrow({ select: { id: true, menteeDrawSeed: true } });
    expect(cohort.menteeDrawSeed).toMatch(/^[0-9a-f]{16}$/);
    // As "Draw mentees at random" saw them: every first-year with their gender (drawStratified orders them by id).
    const firstYears = await db().membership.findMany({
      where: { cohortId: cohort.id, role: "MENTEE", yearOfStudy: 1 },
      select: { id: true, status: true, drawnAt: true, user: { select: { gender: true } } },
    });
    const pool = firstYears.map((m) => ({ id: m.id, gender: m.user.gender }));
    const strata = { byGender: { FEMALE: 18, MALE: 18 } };
    const replay = drawStratified(pool, strata, cohort.menteeDrawSeed!).map((m) => m.id);
    const active = firstYears.filter((m) => m.status === "ACTIVE").map((m) => m.id);
    expect(replay.sort()).toEqual(active.sort());
    expect(
      firstYears
        .filter((m) => m.drawnAt)
        .map((m) => m.id)
        .sort(),
    ).toEqual(active.sort());
    // The audit trail records the same seed and strata, with the order it was drawn in.
    const event = await db().auditEvent.findFirstOrThrow({ where: { cohortId: cohort.id, action: "mentees.drawn" } });
    expect(event.detail).toMatchObject({
      seed: cohort.menteeDrawSeed,
      count: 36,
      pool: 150,
      strata,
      order: DRAW_METHOD,
    });
    // Another seed draws other students.
    expect(
      drawStratified(pool, strata, "another-seed")
        .map((m) => m.id)
        .sort(),
    ).not.toEqual(active.sort());
  });

  it("has groups as the real grouping rules make them: 3 women and 3 men in each", async () => {
    const groups = await db().mentorPair.findMany({
      select: { label: true, mentees: { select: { mentee: { select: { user: { select: { gender: true } } } } } } },
    });
    for (const g of groups) {
      const genders = g.mentees.map((m) => m.mentee.user.gender);
      expect(
        genders.filter((x) => x === "FEMALE"),
        g.label,
      ).toHaveLength(3);
      expect(
        genders.filter((x) => x === "MALE"),
        g.label,
      ).toHaveLength(3);
    }
  });

  it("has 12 trained mentors, 6 clinical + 6 preclinical, joined in 6 pairs", async () => {
    const mentors = await db().membership.findMany({
      where: { role: "MENTOR", status: "ACTIVE" },
      select: { phase: true, yearOfStudy: true, trainingCompletedAt: true, _count: { select: { trainings: true } } },
    });
    expect(mentors).toHaveLength(12);
    expect(mentors.filter((m) => m.phase === "CLINICAL")).toHaveLength(6);
    expect(mentors.filter((m) => m.phase === "PRECLINICAL")).toHaveLength(6);
    for (const m of mentors) {
      expect(m.trainingCompletedAt).not.toBeNull();
      expect(m._count.trainings).toBe(2);
      expect(m.yearOfStudy).toBeGreaterThanOrEqual(m.phase === "CLINICAL" ? 5 : 2);
      expect(m.yearOfStudy).toBeLessThanOrEqual(m.phase === "CLINICAL" ? 6 : 3);
    }
    const pairs = await db().mentorPair.findMany({
      orderBy: { label: "asc" },
      select: {
        label: true,
        clinicalMentor: { select: { phase: true } },
        preclinicalMentor: { select: { phase: true } },
      },
    });
    expect(pairs.map((p) => p.label)).toEqual(["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "Group 6"]);
    expect(
      pairs.every((p) => p.clinicalMentor.phase === "CLINICAL" && p.preclinicalMentor.phase === "PRECLINICAL"),
    ).toBe(true);
  });

  it("has one coordinator, one supervisor, two role models and four support centres", async () => {
    const count = (role: "COORDINATOR" | "SUPERVISOR" | "ROLE_MODEL") => db().membership.count({ where: { role } });
    expect(await count("COORDINATOR")).toBe(1);
    expect(await count("SUPERVISOR")).toBe(1);
    expect(await count("ROLE_MODEL")).toBe(2);
    const centres = await db().supportCentre.findMany({ orderBy: { name: "asc" } });
    expect(centres.map((c) => c.category).sort()).toEqual(["EDUCATIONAL", "FINANCIAL", "HEALTH", "PSYCHOLOGICAL"]);
    const counselling = centres.find((c) => c.category === "PSYCHOLOGICAL")!;
    expect(counselling.emergency).toBe(true);
    expect(counselling.howToRefer).toMatch(/crisis/i);
    expect(centres.every((c) => c.contact && c.hours && c.howToRefer)).toBe(true);
  });

  it("has one referral under review, made by a mentor of the mentee's own pair", async () => {
    const referrals = await db().referral.findMany({
      orderBy: { createdAt: "asc" },
      include: {
        events: { orderBy: { createdAt: "asc" } },
        pair: {
          select: { clinicalMentorId: true, preclinicalMentorId: true, mentees: { select: { menteeId: true } } },
        },
      },
    });
    const underReview = referrals.filter((r) => r.status === "ACKNOWLEDGED");
    expect(underReview).toHaveLength(1);
    expect(underReview[0]).toMatchObject({
      category: "PSYCHOLOGICAL",
      urgency: "SOON",
      menteeInformed: true,
      menteeConsented: true,
    });
    expect(underReview[0].acknowledgedAt).not.toBeNull();
    expect(underReview[0].events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "SUBMITTED"],
      ["SUBMITTED", "ACKNOWLEDGED"],
    ]);
    const submitted = referrals.filter((r) => r.status === "SUBMITTED");
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({ category: "EDUCATIONAL", urgency: "ROUTINE" });
    expect(submitted[0].pairId).not.toBe(underReview[0].pairId);
    for (const r of referrals) {
      expect([r.pair.clinicalMentorId, r.pair.preclinicalMentorId]).toContain(r.referredById);
      expect(r.pair.mentees.map((m) => m.menteeId)).toContain(r.menteeId);
      expect(r.createdAt.getTime()).toBeLessThan(TODAY.getTime());
    }
  });

  it("has an upcoming role-model session, an inter-mentor session next week and a past briefing", async () => {
    const sessions = await db().programSession.findMany({
      include: { speaker: { select: { role: true } }, _count: { select: { attendance: true } } },
    });
    const roleModel = sessions.find((s) => s.kind === "ROLE_MODEL" && s.startsAt > TODAY && s.capacity === 40)!;
    expect(roleModel).toBeDefined();
    expect(roleModel.speaker?.role).toBe("ROLE_MODEL");
    expect(roleModel.audience).toBe("MENTEES");
    expect(roleModel._count.attendance).toBeGreaterThan(0);
    const interMentor = sessions
      .filter((s) => s.kind === "INTER_MENTOR" && s.startsAt > TODAY)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
    expect(interMentor.audience).toBe("MENTORS");
    expect(interMentor.startsAt.getTime()).toBeGreaterThan(TODAY.getTime());
    expect(interMentor.startsAt.getTime()).toBeLessThan(TODAY.getTime() + 14 * DAY);
    expect(sessions.some((s) => s.kind === "BRIEFING" && s.startsAt < TODAY)).toBe(true);
  });

  it("has the sessions' history: a series with minutes and attendance, a waitlist, feedback, recorded training", async () => {
    const series = await db().programSession.findMany({ where: { kind: "INTER_MENTOR", startsAt: { lt: TODAY } } });
    expect(series.length).toBeGreaterThanOrEqual(3);
    expect(series.every((s) => s.seriesId && s.minutes)).toBe(true);
    expect(await db().attendance.count({ where: { sessionId: { in: series.map((s) => s.id) } } })).toBeGreaterThan(0);
    expect(await db().attendance.count({ where: { status: "WAITLISTED", session: { startsAt: { gt: TODAY } } } })).toBe(
      3,
    );
    expect(await db().sessionFeedback.count()).toBe(2);
    const training = await db().programSession.findFirstOrThrow({ where: { kind: "TRAINING" } });
    expect(training.trainingModules.length).toBeGreaterThan(0);
  });

  it("logs contacts only between the cohort start and today, by the mentee's own mentors", async () => {
    const cohort = await db().cohort.findFirstOrThrow();
    const logs = await db().contactLog.findMany({
      include: {
        pair: {
          select: { clinicalMentorId: true, preclinicalMentorId: true, mentees: { select: { menteeId: true } } },
        },
      },
    });
    expect(logs.length).toBeGreaterThan(150);
    for (const log of logs) {
      expect(log.occurredAt.getTime()).toBeLessThan(TODAY.getTime());
      expect(log.occurredAt.getTime()).toBeGreaterThan(cohort.startsOn.getTime());
      expect([log.pair.clinicalMentorId, log.pair.preclinicalMentorId]).toContain(log.mentorId);
      if (log.menteeId) expect(log.pair.mentees.map((m) => m.menteeId)).toContain(log.menteeId);
      if (log.outcome === "COMPLETED" && log.channel === "PHONE") {
        expect(log.minutes).toBeGreaterThanOrEqual(5);
        expect(log.minutes).toBeLessThanOrEqual(40);
      }
    }
    const channels = new Set(logs.map((l) => l.channel));
    for (const c of ["PHONE", "EMAIL", "FACE_TO_FACE"] as const) expect(channels.has(c)).toBe(true);
    expect(logs.some((l) => l.outcome === "NO_ANSWER")).toBe(true);

    // Every mentee has been contacted; two or three are overdue (no completed contact in 10+ days).
    const since = new Date(TODAY.getTime() - 10 * DAY);
    const mentees = await db().membership.findMany({
      where: { role: "MENTEE", status: "ACTIVE" },
      select: { id: true },
    });
    const recent = new Set(
      logs.filter((l) => l.outcome === "COMPLETED" && l.occurredAt >= since).map((l) => l.menteeId),
    );
    const anyRecent = new Set(logs.filter((l) => l.occurredAt >= since).map((l) => l.menteeId));
    expect(mentees.every((m) => logs.some((l) => l.menteeId === m.id))).toBe(true);
    const overdue = mentees.filter((m) => !recent.has(m.id));
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.length).toBeLessThanOrEqual(3);
    expect(mentees.filter((m) => !anyRecent.has(m.id)).length).toBeGreaterThanOrEqual(2);
  });

  it("has 8 library templates and template sends that each count as an email contact", async () => {
    const templates = await db().emailTemplate.findMany();
    expect(templates).toHaveLength(8);
    expect(templates.every((t) => t.ownerId === null && t.body.includes("{{menteeFirstName}}"))).toBe(true);
    const sends = await db().templateSend.findMany({ include: { contactLog: true } });
    expect(sends.length).toBeGreaterThan(0);
    for (const s of sends) {
      expect(s.contactLog).toMatchObject({ channel: "EMAIL", menteeId: s.menteeId, mentorId: s.senderId });
      expect(s.body).not.toMatch(/\{\{/);
    }
  });

  it("has future slots with bookings and one past meeting marked attended", async () => {
    const slots = await db().availabilitySlot.findMany({ include: { bookings: { include: { contactLog: true } } } });
    expect(slots.some((s) => s.kind === "GROUP" && s.capacity === 6)).toBe(true);
    const bookings = slots.flatMap((s) => s.bookings.map((bk) => ({ ...bk, slot: s })));
    for (const bk of bookings) {
      expect(bk.status).toBe(bk.slot.startsAt > TODAY ? "BOOKED" : "ATTENDED");
      expect(bk.bookedAt.getTime()).toBeLessThan(TODAY.getTime());
    }
    const attended = bookings.filter((bk) => bk.status === "ATTENDED");
    expect(attended).toHaveLength(1);
    expect(attended[0].contactLog?.channel).toBe("FACE_TO_FACE");
  });

  it("has an end-of-semester survey opening later, with three Likert items and one text item", async () => {
    const survey = await db().survey.findFirstOrThrow({
      where: { title: "End-of-semester satisfaction" },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(survey.opensAt.getTime()).toBeGreaterThan(TODAY.getTime());
    expect(survey.items.map((i) => i.kind)).toEqual(["LIKERT_5", "LIKERT_5", "LIKERT_5", "TEXT"]);
  });

  it("has the cohort's two semesters inside its dates, the first with its end-of-semester survey in its window", async () => {
    const cohort = await db().cohort.findFirstOrThrow({
      include: { semesters: { orderBy: { startsOn: "asc" }, include: { survey: true } } },
    });
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const [winter, summer] = cohort.semesters;
    expect(cohort.semesters).toHaveLength(2);
    // TODAY 2026-11-25: the cohort runs from Monday 19 October 2026 to Friday 14 May 2027
    expect([day(cohort.startsOn), day(cohort.endsOn)]).toEqual(["2026-10-19", "2027-05-14"]);
    expect({ label: winter.label, startsOn: day(winter.startsOn), endsOn: day(winter.endsOn) }).toEqual({
      label: "Winter semester",
      startsOn: "2026-10-19",
      endsOn: "2027-02-14",
    });
    expect({ label: summer.label, startsOn: day(summer.startsOn), endsOn: day(summer.endsOn) }).toEqual({
      label: "Summer semester",
      startsOn: "2027-03-01",
      endsOn: "2027-05-14",
    });
    for (const s of cohort.semesters)
      expect(
        semesterProblem(
          { startsOn: day(s.startsOn), endsOn: day(s.endsOn) },
          { startsOn: day(cohort.startsOn), endsOn: day(cohort.endsOn) },
          cohort.semesters
            .filter((o) => o.id !== s.id)
            .map((o) => ({ startsOn: day(o.startsOn), endsOn: day(o.endsOn) })),
        ),
      ).toBeNull();
    // the first semester's survey: from 00:00 (Berlin) six days before its last day to the end of the 14th day after
    expect(winter.survey).toMatchObject({
      title: "End-of-semester satisfaction",
      opensAt: new Date("2027-02-07T23:00:00Z"),
      closesAt: new Date("2027-02-28T23:00:00Z"),
    });
    expect(summer.survey).toBeNull();
    // the jobs runner opens nothing today (no semester's window is open)
    expect(await openSemesterSurveys(db(), new Date("2026-11-25T08:00:00Z"))).toEqual({ opened: 0 });
  });

  it("has the demo sign-ins with the shared password, in the right roles", async () => {
    expect(first.logins.map((l) => l.email)).toEqual(Object.values(DEMO_EMAILS));
    const users = await db().user.findMany({
      where: { email: { in: Object.values(DEMO_EMAILS) } },
      select: {
        email: true,
        passwordHash: true,
        memberships: {
          select: {
            role: true,
            phase: true,
            pairAsClinical: { select: { label: true } },
            pairAsPreclinical: { select: { label: true } },
            assignment: { select: { pair: { select: { label: true } } } },
          },
        },
      },
    });
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.size).toBe(6);
    const only = (email: string) => {
      const u = byEmail.get(email)!;
      expect(u.memberships).toHaveLength(1);
      return u.memberships[0];
    };
    expect(only(DEMO_EMAILS.coordinator).role).toBe("COORDINATOR");
    expect(only(DEMO_EMAILS.supervisor).role).toBe("SUPERVISOR");
    expect(only(DEMO_EMAILS.roleModel).role).toBe("ROLE_MODEL");
    expect(only(DEMO_EMAILS.clinicalMentor).pairAsClinical?.label).toBe("Group 1");
    expect(only(DEMO_EMAILS.preclinicalMentor).pairAsPreclinical?.label).toBe("Group 1");
    expect(only(DEMO_EMAILS.mentee).assignment?.pair.label).toBe("Group 1");
    // One hash shared by everyone; it verifies against the demo password.
    const hashes = new Set(users.map((u) => u.passwordHash));
    expect(hashes.size).toBe(1);
    expect(await verifyPassword([...hashes][0]!, DEMO_PASSWORD)).toBe(true);
    expect(await db().user.count({ where: { email: { not: { endsWith: ".test" } } } })).toBe(0);
  });

  it("is deterministic: a second database seeded for the same day gets the same rows", async () => {
    const second = await seedDemo(b.prisma, { today: TODAY });
    expect(second.created).toBe(true);
    expect(second.logins).toEqual(first.logins);
    const snapshot = async (h: DbHandle) => ({
      users: await h.prisma.user.findMany({
        orderBy: { id: "asc" },
        select: { id: true, email: true, name: true, gender: true, international: true, languages: true },
      }),
      memberships: await h.prisma.membership.findMany({
        orderBy: { id: "asc" },
        select: { id: true, userId: true, role: true, status: true, phase: true, dormitory: true },
      }),
      contacts: await h.prisma.contactLog.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          mentorId: true,
          menteeId: true,
          channel: true,
          outcome: true,
          occurredAt: true,
          minutes: true,
          topics: true,
        },
      }),
      assignments: await h.prisma.menteeAssignment.findMany({
        orderBy: { id: "asc" },
        select: { pairId: true, menteeId: true },
      }),
    });
    const [sa, sb] = await Promise.all([snapshot(a), snapshot(b)]);
    expect(sb.users.length).toBe(166);
    expect(sb).toEqual(sa);
  });

  it("creates nothing when a cohort already exists", async () => {
    const before = await Promise.all([db().user.count(), db().contactLog.count(), db().membership.count()]);
    const again = await seedDemo(db(), { today: new Date(TODAY.getTime() + 3 * DAY) });
    expect(again.created).toBe(false);
    expect(again.logins).toEqual(first.logins);
    expect(await Promise.all([db().user.count(), db().contactLog.count(), db().membership.count()])).toEqual(before);
  });
});

describe("buildDemoData on any day of the week", () => {
  it("keeps history before today and plans ahead after it", () => {
    for (let d = 0; d < 14; d++) {
      const today = new Date(Date.UTC(2027, 0, 4 + d));
      const data = buildDemoData(today, "hash");
      const start = demoCohortStart(today);
      expect(start.getUTCDay()).toBe(1);
      expect((today.getTime() - start.getTime()) / DAY).toBeGreaterThanOrEqual(35);
      for (const log of data.contactLogs) {
        const at = new Date(log.occurredAt).getTime();
        expect(at).toBeLessThan(today.getTime());
        expect(at).toBeGreaterThan(start.getTime());
      }
      for (const r of data.referrals) expect(new Date(r.createdAt!).getTime()).toBeLessThan(today.getTime());
      for (const bk of data.bookings) expect(new Date(bk.bookedAt!).getTime()).toBeLessThan(today.getTime());
      expect(data.users).toHaveLength(166);
      expect(new Set(data.users.map((u) => u.email)).size).toBe(166);
      expect(data.users.every((u) => u.email === u.email.toLowerCase())).toBe(true);
    }
  });
});
