import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CohortActor } from "@/lib/auth/permissions";
import { loadCohortActor } from "@/lib/auth/session";
import { renderReportPdf } from "@/lib/reports/pdf";
import { getProgrammeReport, type ProgrammeReport } from "@/lib/reports/queries";
import { toCsv } from "@/lib/reports/rules";
import { reportTables } from "@/lib/reports/tables";
import { translator } from "@/lib/i18n/translate";
import {
  assignMentee,
  createBooking,
  createCohort,
  createContactLog,
  createMembership,
  createMentee,
  createPair,
  createProgramSession,
  createSlot,
  createSurvey,
} from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const db = () => getDb().prisma;
const REASON = "Secret reason: sleeping badly since the anatomy exam";
const FREE_TEXT = "Secret free text: my mentor never calls";
let cohortId: string;
const at = (iso: string) => new Date(iso);
let actors: Record<"coordinator" | "supervisor" | "mentor" | "mentee" | "otherCoordinator", CohortActor>;

async function actor(userId: string, cohortId: string) {
  return (await loadCohortActor(userId, cohortId))!;
}

beforeAll(async () => {
  const cohort = await createCohort(db(), { timeZone: "Europe/Berlin", groupsPublishedAt: new Date() });
  const other = await createCohort(db());
  const coordinator = await createMembership(db(), cohort.id, "COORDINATOR");
  const supervisor = await createMembership(db(), cohort.id, "SUPERVISOR");
  const otherCoordinator = await createMembership(db(), other.id, "COORDINATOR");
  const a = await createPair(db(), cohort.id, { label: "Group A" });
  const b = await createPair(db(), cohort.id, { label: "Group B" });
  const mentees = [];
  for (let i = 0; i < 6; i++) {
    const m = await createMentee(db(), cohort.id);
    await assignMentee(db(), i < 5 ? a.pair : b.pair, m.id);
    mentees.push(m);
  }
  for (let i = 0; i < 3; i++) await createMentee(db(), cohort.id, { status: "CANDIDATE" });
  // Group A: 7 phone calls in the week of Monday 2026-10-05, 2 emails; Group B: 3 calls.
  for (let i = 0; i < 7; i++)
    await createContactLog(db(), a.pair, {
      menteeId: mentees[0].id,
      occurredAt: at(`2026-10-0${5 + (i % 3)}T10:00:00Z`),
      minutes: 20,
    });
  for (let i = 0; i < 2; i++)
    await createContactLog(db(), a.pair, {
      menteeId: mentees[1].id,
      channel: "EMAIL",
      occurredAt: at("2026-10-06T09:00:00Z"),
    });
  for (let i = 0; i < 3; i++)
    await createContactLog(db(), b.pair, {
      menteeId: mentees[5].id,
      occurredAt: at("2026-10-13T09:00:00Z"),
      minutes: 15,
    });
  // Outside the range asked below: not counted.
  await createContactLog(db(), a.pair, { menteeId: mentees[0].id, occurredAt: at("2027-03-01T09:00:00Z") });
  // Meetings: 5 held, 2 no-shows, 1 cancelled.
  const statuses = [
    "ATTENDED",
    "ATTENDED",
    "ATTENDED",
    "ATTENDED",
    "ATTENDED",
    "NO_SHOW",
    "NO_SHOW",
    "CANCELLED",
  ] as const;
  for (const [i, status] of statuses.entries()) {
    const slot = await createSlot(db(), a.pair, {
      startsAt: at(`2026-10-${10 + i}T12:00:00Z`),
      endsAt: at(`2026-10-${10 + i}T13:00:00Z`),
    });
    await createBooking(db(), slot, mentees[i % 5].id, { status });
  }
  // Referrals: 6 psychological (acknowledged after 2..7 h), 1 educational.
  for (let i = 0; i < 7; i++) {
    await db().referral.create({
      data: {
        cohortId: cohort.id,
        pairId: a.pair.id,
        menteeId: mentees[i % 5].id,
        referredById: a.clinical.id,
        category: i < 6 ? "PSYCHOLOGICAL" : "EDUCATIONAL",
        urgency: "ROUTINE",
        reason: REASON,
        menteeInformed: true,
        menteeConsented: true,
        createdAt: at("2026-10-20T08:00:00Z"),
        acknowledgedAt: i < 6 ? new Date(at("2026-10-20T08:00:00Z").getTime() + (i + 2) * 3_600_000) : null,
        status: i < 6 ? "ACKNOWLEDGED" : "SUBMITTED",
      },
    });
  }
  // Sessions: two inter-mentor sessions took place in October (6 present, 1 absent at the first;
  // 2 present at the second), one was cancelled; a briefing in 2027 is outside the range.
  const s1 = await createProgramSession(db(), cohort.id, {
    kind: "INTER_MENTOR",
    startsAt: at("2026-10-08T16:00:00Z"),
    endsAt: at("2026-10-08T17:00:00Z"),
  });
  const s2 = await createProgramSession(db(), cohort.id, {
    kind: "INTER_MENTOR",
    startsAt: at("2026-10-22T16:00:00Z"),
    endsAt: at("2026-10-22T17:00:00Z"),
  });
  await createProgramSession(db(), cohort.id, {
    kind: "INTER_MENTOR",
    startsAt: at("2026-10-29T16:00:00Z"),
    endsAt: at("2026-10-29T17:00:00Z"),
    cancelledAt: at("2026-10-20T10:00:00Z"),
  });
  await createProgramSession(db(), cohort.id, {
    kind: "BRIEFING",
    startsAt: at("2027-02-01T16:00:00Z"),
    endsAt: at("2027-02-01T17:00:00Z"),
  });
  for (const [i, m] of mentees.entries())
    await db().attendance.create({
      data: { sessionId: s1.id, membershipId: m.id, status: "ATTENDED", walkIn: i === 0 },
    });
  await db().attendance.create({ data: { sessionId: s1.id, membershipId: a.clinical.id, status: "ABSENT" } });
  for (const m of mentees.slice(0, 2))
    await db().attendance.create({ data: { sessionId: s2.id, membershipId: m.id, status: "ATTENDED" } });
  // A closed survey: one scale item answered by all 6 mentees, one free-text item; a second
  // scale item answered by 3 only (suppressed).
  const survey = await createSurvey(db(), cohort.id, {
    title: "Mid-year survey",
    opensAt: at("2026-10-01T08:00:00Z"),
    closesAt: at("2026-10-20T08:00:00Z"),
  });
  const [supported, few, text] = await Promise.all([
    db().surveyItem.create({
      data: { surveyId: survey.id, position: 1, kind: "LIKERT_5", prompt: "I feel supported" },
    }),
    db().surveyItem.create({ data: { surveyId: survey.id, position: 2, kind: "LIKERT_5", prompt: "Optional item" } }),
    db().surveyItem.create({ data: { surveyId: survey.id, position: 3, kind: "TEXT", prompt: "Anything else?" } }),
  ]);
  for (const [i, m] of mentees.entries()) {
    await db().surveyResponse.create({
      data: {
        surveyId: survey.id,
        respondentId: m.id,
        submittedAt: at("2026-10-10T08:00:00Z"),
        answers: {
          create: [
            { itemId: supported.id, likert: [3, 4, 4, 5, 5, 5][i] },
            ...(i < 3 ? [{ itemId: few.id, likert: 1 }] : []),
            { itemId: text.id, text: FREE_TEXT },
          ],
        },
      },
    });
  }
  cohortId = cohort.id;
  actors = {
    coordinator: await actor(coordinator.userId, cohort.id),
    supervisor: await actor(supervisor.userId, cohort.id),
    mentor: await actor(a.clinical.userId, cohort.id),
    mentee: await actor(mentees[0].userId, cohort.id),
    otherCoordinator: await actor(otherCoordinator.userId, other.id),
  };
});

const RANGE = { from: "2026-09-01", to: "2026-12-31" };

describe("programme report on a real database", () => {
  let report: ProgrammeReport;
  it("counts aggregated in the database, every cell under 5 suppressed", async () => {
    report = (await getProgrammeReport(actors.coordinator, RANGE, "COORDINATOR"))!;
    expect(report.participation).toEqual({
      mentees: 6,
      notDrawn: null, // 3
      clinicalMentors: null, // 2
      preclinicalMentors: null,
      pairs: null,
      groups: null,
    });
    expect(report.contactsWeekly).toEqual([
      { week: "2026-10-05", channel: "EMAIL", n: null },
      { week: "2026-10-05", channel: "PHONE", n: 7 },
      { week: "2026-10-12", channel: "PHONE", n: null },
    ]);
    expect(report.contactsPerPair).toEqual([
      { label: "Group A", contacts: 9, attempts: 0, minutes: 140 },
      { label: "Group B", contacts: null, attempts: 0, minutes: null },
    ]);
    expect(report.meetings).toEqual({ held: 5, noShow: null, cancelled: null, booked: 0 });
    expect(report.referrals.total).toBe(7);
    expect(report.referrals.lines).toEqual(
      expect.arrayContaining([
        { dimension: "category", key: "PSYCHOLOGICAL", n: 6 },
        { dimension: "category", key: "EDUCATIONAL", n: null },
        { dimension: "urgency", key: "ROUTINE", n: 7 },
      ]),
    );
    expect(report.referrals.medianHoursToAcknowledge).toBeCloseTo(4.5); // 2..7 h
    expect(report.referrals.medianHoursToClose).toBeNull(); // none closed
  });

  it("compliance with the cadence per week: the first due day (8 Sep) found all 6 mentees late", () => {
    // Cohort from Tue 1 Sep, 7-day interval at the start: every mentee's first contact was due on
    // 8 Sep (week of Mon 7 Sep); none came. Later weeks have fewer than 5 mentees due: suppressed.
    expect(report.compliance[0]).toEqual({ week: "2026-09-07", due: 6, onTime: 0, late: 6, share: 0 });
    for (const w of report.compliance.slice(1)) {
      expect(w.due).toBeNull();
      expect(w.share).toBeNull();
    }
    expect(report.compliance.slice(1).length).toBeGreaterThan(0);
  });

  it("sessions and attendance per kind: took place, cancelled, marks; counts only", () => {
    expect(report.sessions).toEqual([
      {
        kind: "INTER_MENTOR",
        held: null, // 2
        cancelled: null, // 1
        attended: 8,
        excused: 0,
        absent: null, // 1
        walkIns: null,
        rate: 8 / 9,
      },
    ]);
  });

  it("survey results: respondents and the scale item's statistics; fewer than 5 answers and free text never", () => {
    expect(report.surveys).toHaveLength(1);
    const [x] = report.surveys;
    expect(x.survey).toBe("Mid-year survey");
    expect(x.respondents).toBe(6);
    expect(x.items).toHaveLength(2);
    expect(x.items[0]).toMatchObject({ position: 1, prompt: "I feel supported", n: 6, median: 4.5 });
    expect(x.items[0].mean).toBeCloseTo(26 / 6);
    expect(x.items[1]).toEqual({ position: 2, prompt: "Optional item", n: null, mean: null, sd: null, median: null });
    expect(JSON.stringify(report)).not.toContain("Secret free text");
  });

  it("the date range filters; no referral content, no name reaches the report", async () => {
    const later = (await getProgrammeReport(
      actors.supervisor,
      { from: "2027-01-01", to: "2027-06-30" },
      "SUPERVISOR",
    ))!;
    expect(later.contactsWeekly).toEqual([{ week: "2027-03-01", channel: "PHONE", n: null }]);
    expect(later.referrals.total).toBe(0);
    expect(later.surveys).toEqual([]);
    expect(later.sessions).toEqual([
      { kind: "BRIEFING", held: 0, cancelled: 0, attended: 0, excused: 0, absent: 0, walkIns: 0, rate: null },
    ]);
    expect(JSON.stringify(report)).not.toContain("Secret reason");
    expect(JSON.stringify(report)).not.toMatch(/User \d/);
  });

  it("refused: a mentor, a mentee, another cohort's coordinator, a supervisor through the coordinator's page", async () => {
    expect(await getProgrammeReport(actors.mentor, RANGE, "COORDINATOR")).toBeNull();
    expect(await getProgrammeReport(actors.mentor, RANGE, "SUPERVISOR")).toBeNull();
    expect(await getProgrammeReport(actors.mentee, RANGE, "COORDINATOR")).toBeNull();
    expect(await getProgrammeReport(actors.supervisor, RANGE, "COORDINATOR")).toBeNull();
    // another cohort's coordinator sees only their own (empty) cohort
    const theirs = (await getProgrammeReport(actors.otherCoordinator, RANGE, "COORDINATOR"))!;
    expect(theirs.contactsPerPair).toEqual([]);
    expect(theirs.referrals.total).toBe(0);
    expect(theirs.sessions).toEqual([]);
    expect(theirs.surveys).toEqual([]);
    expect(theirs.compliance).toEqual([]);
  });

  it("CSV: the same suppressed cells, as <5", () => {
    const t = translator("en", "Europe/Berlin").t;
    const x = reportTables(report, t).find((t) => t.id === "contacts-pairs")!;
    const csv = toCsv(
      x.header,
      x.rows.map((r) => r.map((c) => (c === null ? "<5" : c))),
    );
    expect(csv).toBe("Pair,Contacts,Attempts without answer,Minutes logged\r\nGroup A,9,0,140\r\nGroup B,<5,0,<5\r\n");
  });

  it("PDF: the file's own text has the headings and the numbers (English, Korean, Persian)", async () => {
    const text = async (buf: Buffer) =>
      (await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: true })).text;
    const en = await text(await renderReportPdf(report, "en", new Date("2026-11-01T10:00:00Z")));
    for (const s of [
      "Programme report",
      "Participation",
      "Contacts per week by channel",
      "Contacts per pair",
      "Meetings",
      "Referrals",
      "Compliance with the cadence per week",
      "Sessions and attendance",
      "Inter-mentor sessions",
      "Survey results",
      "Mid-year survey",
      "I feel supported",
      "4.33",
      "Group A",
      "140",
      "<5",
    ])
      expect(en).toContain(s);
    expect(en).not.toContain("Secret reason");
    expect(en).not.toContain("Secret free text");
    const ko = await text(await renderReportPdf(report, "ko", new Date("2026-11-01T10:00:00Z")));
    expect(ko).toContain("프로그램 보고서");
    expect(ko).toContain("짝별 연락");
    expect(ko).toContain("세션과 출석");
    expect(ko).toContain("설문 결과");
    const fa = await text(await renderReportPdf(report, "fa", new Date("2026-11-01T10:00:00Z")));
    // Persian is drawn in visual order; pdf.js gives each shaped word back as its letters.
    expect(fa).toContain("برنامه");
    expect(fa).toContain("مشارکت");
    expect(fa).toContain("حضور");
    expect(fa).toContain("نتایج");
  }, 60_000);
});

describe("the report's statements are constant in the cohort's size", () => {
  async function statementsOf(fn: () => Promise<unknown>) {
    const spy = vi.spyOn(getDb().pglite!, "query");
    try {
      await fn();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it("the same number of SQL statements after the cohort grows (mentees, contacts, sessions, marks)", async (ctx) => {
    // Counted at PGlite's query function; the statements are the same on PostgreSQL.
    if (!getDb().pglite) ctx.skip();
    const before = await statementsOf(() => getProgrammeReport(actors.coordinator, RANGE, "COORDINATOR"));
    const session = await db().programSession.findFirstOrThrow({ where: { cohortId, kind: "INTER_MENTOR" } });
    for (let g = 0; g < 4; g++) {
      const group = await createPair(db(), cohortId, { label: `Group C${g}` });
      for (let i = 0; i < 5; i++) {
        const m = await createMentee(db(), cohortId);
        await assignMentee(db(), group.pair, m.id);
        await createContactLog(db(), group.pair, { menteeId: m.id, occurredAt: at(`2026-11-1${i}T10:00:00Z`) });
        await db().attendance.create({ data: { sessionId: session.id, membershipId: m.id, status: "ATTENDED" } });
      }
    }
    const after = await statementsOf(() => getProgrammeReport(actors.coordinator, RANGE, "COORDINATOR"));
    expect(before).toBeGreaterThan(0);
    expect(after).toBe(before);
    // 1 cohort + 1 for every count (participation, contacts, meetings, referrals, sessions) + 2
    // (cadence, contact days) + the survey results (lib/surveys: one list, then a constant number
    // per closed survey and its relations; one survey here).
    expect(before).toBeLessThanOrEqual(17);
  });
});
