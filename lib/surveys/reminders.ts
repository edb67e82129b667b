/**
 * Survey reminders (issue 13): during an open survey's window, an email to each invited mentor or
 * mentee who has not submitted (for feedback on mentors: a mentee missing either mentor), once per
 * reminder point (`reminderDue`: dedupe key survey + membership + point). Nothing after the close.
 * The email names the survey and links to it; never an answer. Run by lib/jobs/run.ts.
 * No server-only imports: the jobs script runs it.
 */
import type { Db } from "../db/client";
import { email } from "../emails";
import { enqueueEmails, type Email } from "../outbox/enqueue";
import { reminderDue } from "./rules";

export async function enqueueSurveyReminders(
  prisma: Db,
  opts: { now: Date; appUrl?: string },
): Promise<{ queued: number }> {
  const { now } = opts;
  const open = await prisma.survey.findMany({
    where: { draft: false, opensAt: { lte: now }, closesAt: { gt: now }, cohort: { status: "ACTIVE" } },
    select: {
      id: true,
      cohortId: true,
      title: true,
      audience: true,
      aboutMentors: true,
      draft: true,
      opensAt: true,
      closesAt: true,
    },
  });
  const emails: Email[] = [];
  for (const s of open) {
    const point = reminderDue(s, now);
    if (!point) continue;
    const roles =
      s.audience === "MENTORS"
        ? ["MENTOR" as const]
        : s.audience === "MENTEES"
          ? ["MENTEE" as const]
          : ["MENTOR" as const, "MENTEE" as const];
    const [people, done] = await Promise.all([
      prisma.membership.findMany({
        where: {
          cohortId: s.cohortId,
          status: "ACTIVE",
          role: { in: roles },
          ...(s.aboutMentors ? { assignment: { isNot: null } } : {}),
        },
        select: { id: true, role: true, user: { select: { id: true, name: true, email: true } } },
      }),
      prisma.surveyResponse.groupBy({
        by: ["respondentId"],
        where: { surveyId: s.id, submittedAt: { not: null } },
        _count: { _all: true },
      }),
    ]);
    const submitted = new Map(done.map((d) => [d.respondentId, d._count._all]));
    const needed = s.aboutMentors ? 2 : 1;
    for (const m of people) {
      if ((submitted.get(m.id) ?? 0) >= needed) continue;
      const path = m.role === "MENTOR" ? "/mentor/surveys" : "/mentee/surveys";
      emails.push({
        userId: m.user.id,
        toEmail: m.user.email,
        dedupeKey: `survey.reminder:${s.id}:${m.id}:${point}`,
        ...email("survey.reminder", {
          name: m.user.name,
          title: s.title,
          closes: s.closesAt,
          url: `${opts.appUrl ?? ""}${path}`,
        }),
      });
    }
  }
  const queued = emails.length ? await prisma.$transaction((tx) => enqueueEmails(tx, emails)) : 0;
  return { queued };
}
