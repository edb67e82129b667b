import { audit } from "../audit";
import type { Db } from "../db/client";
import { anonymiseCohort } from "./erase";
import { cohortDueForRetention } from "./rules";

/**
 * The retention job (lib/jobs/run.ts): every closed cohort that ended more than the school's
 * retention period ago is anonymised, one cohort per transaction, each audited. Idempotent
 * (Cohort.anonymisedAt). Also prunes expired throttling counters and old ended sessions.
 */
export async function runRetention(prisma: Db, now: Date): Promise<{ cohorts: number; people: number }> {
  const setting = await prisma.schoolSetting.findUnique({ where: { id: "school" }, select: { retentionYears: true } });
  await prisma.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 2 * 86_400_000) } } });
  await prisma.authSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 90 * 86_400_000) } } });
  const years = setting?.retentionYears ?? null;
  if (years === null) return { cohorts: 0, people: 0 };
  const closed = await prisma.cohort.findMany({
    where: { status: "CLOSED", anonymisedAt: null },
    select: { id: true, status: true, endsOn: true, anonymisedAt: true },
  });
  let cohorts = 0;
  let people = 0;
  for (const c of closed.filter((c) => cohortDueForRetention(c, years, now))) {
    const r = await prisma.$transaction(async (tx) => {
      const done = await anonymiseCohort(tx, c.id, now);
      await audit(tx, {
        actorId: null,
        cohortId: c.id,
        action: "retention.cohort_anonymised",
        entity: "Cohort",
        entityId: c.id,
        detail: { years, people: done.people },
      });
      return done;
    });
    cohorts++;
    people += r.people;
  }
  return { cohorts, people };
}
