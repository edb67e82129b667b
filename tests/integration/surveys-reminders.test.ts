import { describe, expect, it } from "vitest";
import { enqueueSurveyReminders } from "@/lib/surveys/reminders";
import { reminderDue } from "@/lib/surveys/rules";
import { createCohort, createGroup, createMembership } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const DAY = 86_400_000;

describe("survey reminders", () => {
  it("the points: after 3 days, then 2 days before the close; nothing before, nothing after the close", () => {
    const opensAt = new Date("2026-05-01T00:00:00Z");
    const s = { draft: false, opensAt, closesAt: new Date(opensAt.getTime() + 14 * DAY) };
    expect(reminderDue(s, new Date(opensAt.getTime() + 1 * DAY))).toBeNull();
    expect(reminderDue(s, new Date(opensAt.getTime() + 4 * DAY))).toBe(1);
    expect(reminderDue(s, new Date(opensAt.getTime() + 13 * DAY))).toBe(2);
    expect(reminderDue(s, new Date(opensAt.getTime() + 15 * DAY))).toBeNull();
    expect(reminderDue({ ...s, draft: true }, new Date(opensAt.getTime() + 4 * DAY))).toBeNull();
  });

  it("emails each non-respondent once per point, names the survey but no answer, and stops at the close", async () => {
    const p = getDb().prisma;
    const cohort = await createCohort(p, { groupsPublishedAt: new Date(Date.now() - 50 * DAY) });
    const g = await createGroup(p, cohort.id, 3);
    await createMembership(p, cohort.id, "COORDINATOR");
    const now = new Date();
    const survey = await p.survey.create({
      data: {
        cohortId: cohort.id,
        title: "Week 6 check-in",
        opensAt: new Date(now.getTime() - 4 * DAY),
        closesAt: new Date(now.getTime() + 10 * DAY),
        items: { create: [{ position: 1, kind: "TEXT", prompt: "Anything?" }] },
      },
      include: { items: true },
    });
    const secret = "a private answer nobody else reads";
    await p.surveyResponse.create({
      data: {
        surveyId: survey.id,
        respondentId: g.mentees[0].id,
        answers: { create: [{ itemId: survey.items[0].id, text: secret }] },
      },
    });
    // a draft is not an answer: that mentee is reminded
    await p.surveyResponse.create({ data: { surveyId: survey.id, respondentId: g.mentees[1].id, submittedAt: null } });
    const first = await enqueueSurveyReminders(p, { now, appUrl: "https://app.example" });
    expect(first.queued).toBe(4); // 2 mentors + 2 mentees of 5 people; the coordinator is not asked
    const mails = await p.outbox.findMany({ where: { kind: "survey.reminder" } });
    expect(mails.every((m) => m.subject.includes("Week 6 check-in"))).toBe(true);
    expect(JSON.stringify(mails)).not.toContain(secret);
    expect(mails.some((m) => m.body.includes("https://app.example/mentee/surveys"))).toBe(true);
    expect((await enqueueSurveyReminders(p, { now })).queued).toBe(0);
    expect((await enqueueSurveyReminders(p, { now: new Date(now.getTime() + 11 * DAY) })).queued).toBe(0);
  });
});
