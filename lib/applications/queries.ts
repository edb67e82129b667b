import "server-only";
import { db } from "../db";

/**
 * The apply page of the signed-in person: cohorts taking applications (what any signed-in
 * person may see of them: name, year, dates, selection criteria) and the caller's OWN
 * applications. Nothing here reads another person's records, so no can() on cohort roles:
 * the user id comes from the session.
 */
export async function getApplyPage(userId: string) {
  const [user, cohorts, mine] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { name: true, languages: true } }),
    db().cohort.findMany({
      where: { applicationsOpen: true, status: { not: "CLOSED" } },
      orderBy: { startsOn: "desc" },
      select: {
        id: true,
        name: true,
        academicYear: true,
        startsOn: true,
        endsOn: true,
        timeZone: true,
        selectionCriteria: true,
      },
    }),
    db().membership.findMany({
      where: {
        userId,
        role: { in: ["MENTOR", "MENTEE"] },
        status: { in: ["APPLIED", "DECLINED", "WITHDRAWN", "ACTIVE", "CANDIDATE"] },
      },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        cohortId: true,
        role: true,
        status: true,
        phase: true,
        decisionReason: true,
        createdAt: true,
        cohort: { select: { name: true } },
      },
    }),
  ]);
  if (!user) return null;
  return { user, cohorts, memberships: mine };
}
