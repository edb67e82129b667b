/**
 * Bench: the data functions behind the mentor home (getMentorHome) and the coordinator's
 * compliance page (getComplianceReport), on an in-memory PGlite:
 *   1. the demo cohort (36 mentees, ~230 contact logs);
 *   2. a generated cohort of 5,000 mentees (834 pairs) with 250,000 contact logs.
 * Prints the time (median of 5 runs after a warm-up) and the number of SQL statements per page,
 * which must not grow with the cohort.
 *
 *   npx tsx --conditions react-server bench/contacts-pages.ts [mentees] [contacts]
 * (the react-server condition lets the server-only query modules load outside Next.)
 */
import { PGlite } from "@electric-sql/pglite";
import type { CohortActor } from "../lib/auth/permissions";
import { getComplianceReport } from "../lib/contacts/queries";
import { openPglite } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { pgliteRunner } from "../lib/db/runners";
import { setDbForTests } from "../lib/db";
import { DEMO_EMAILS, seedDemo } from "../lib/demo/seed-demo";
import { getMentorHome } from "../lib/pairing/queries";

const MENTEES = Number(process.argv[2] ?? 5000);
const CONTACTS = Number(process.argv[3] ?? 250_000);
const DAY = 86_400_000;

let statements = 0;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function measure(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const before = statements;
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
    count = statements - before;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(48)} ${times[2].toFixed(0).padStart(6)} ms (median of 5; min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)})  ${count} SQL statements`,
  );
}

async function actorOf(prisma: ReturnType<typeof openPglite>["prisma"], membershipId: string): Promise<CohortActor> {
  const m = await prisma.membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: {
      id: true,
      userId: true,
      cohortId: true,
      role: true,
      pairAsClinical: { select: { id: true } },
      pairAsPreclinical: { select: { id: true } },
    },
  });
  return {
    userId: m.userId,
    cohortId: m.cohortId,
    roles: new Set([m.role]),
    membershipIds: { [m.role]: m.id },
    mentorPairId: m.pairAsClinical?.id ?? m.pairAsPreclinical?.id ?? null,
    menteePairId: null,
  };
}

async function main() {
  const pglite = new PGlite();
  await pglite.waitReady;
  await migrate(pgliteRunner(pglite));
  // Count every statement the app sends (outside transactions; the pages open none).
  const query = pglite.query.bind(pglite);
  pglite.query = ((...args: Parameters<typeof query>) => {
    statements++;
    return query(...args);
  }) as typeof pglite.query;
  const handle = openPglite(pglite, { kind: "pglite-memory" });
  setDbForTests(handle);
  const prisma = handle.prisma;
  try {
    // ---- 1. the demo cohort
    const today = new Date();
    await seedDemo(prisma, { today });
    const demo = await prisma.cohort.findFirstOrThrow({ select: { id: true } });
    const mentorUser = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_EMAILS.clinicalMentor },
      select: { id: true },
    });
    const coordUser = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_EMAILS.coordinator },
      select: { id: true },
    });
    const demoMentor = await actorOf(
      prisma,
      (
        await prisma.membership.findFirstOrThrow({
          where: { userId: mentorUser.id, cohortId: demo.id, role: "MENTOR" },
        })
      ).id,
    );
    const demoCoord = await actorOf(
      prisma,
      (
        await prisma.membership.findFirstOrThrow({
          where: { userId: coordUser.id, cohortId: demo.id, role: "COORDINATOR" },
        })
      ).id,
    );
    const demoContacts = await prisma.contactLog.count({ where: { cohortId: demo.id } });
    console.log(`Demo cohort: 36 mentees, ${demoContacts} contact logs`);
    await measure("  mentor home (getMentorHome)", () => getMentorHome(demoMentor));
    await measure("  coordinator compliance (getComplianceReport)", () => getComplianceReport(demoCoord));

    // ---- 2. a large cohort
    const started = performance.now();
    const r = rng(42);
    const startsOn = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - 150 * DAY);
    const cohort = await prisma.cohort.create({
      data: {
        name: "Bench cohort",
        academicYear: "bench",
        startsOn,
        endsOn: new Date(startsOn.getTime() + 300 * DAY),
        timeZone: "Europe/Berlin",
        status: "ACTIVE",
        groupsPublishedAt: new Date(startsOn.getTime() - 3 * DAY),
      },
      select: { id: true },
    });
    const cohortId = cohort.id;
    await prisma.pausedPeriod.create({
      data: {
        cohortId,
        label: "Exam block",
        startsOn: new Date(startsOn.getTime() + 60 * DAY),
        endsOn: new Date(startsOn.getTime() + 71 * DAY),
      },
    });
    const pairCount = Math.ceil(MENTEES / 6);
    const users: { id: string; email: string; name: string }[] = [];
    const memberships: {
      id: string;
      userId: string;
      cohortId: string;
      role: "MENTOR" | "MENTEE" | "COORDINATOR";
      phase?: "CLINICAL" | "PRECLINICAL";
    }[] = [];
    const person = (
      kind: string,
      i: number,
      role: "MENTOR" | "MENTEE" | "COORDINATOR",
      phase?: "CLINICAL" | "PRECLINICAL",
    ) => {
      const id = `b-${kind}-${i}`;
      users.push({ id: `u-${id}`, email: `${id}@bench.test`, name: `${kind} ${i}` });
      memberships.push({ id, userId: `u-${id}`, cohortId, role, phase });
      return id;
    };
    const coordinatorId = person("coord", 0, "COORDINATOR");
    const pairs: {
      id: string;
      cohortId: string;
      label: string;
      clinicalMentorId: string;
      preclinicalMentorId: string;
    }[] = [];
    for (let p = 0; p < pairCount; p++) {
      pairs.push({
        id: `b-pair-${p}`,
        cohortId,
        label: `Group ${p + 1}`,
        clinicalMentorId: person("clin", p, "MENTOR", "CLINICAL"),
        preclinicalMentorId: person("pre", p, "MENTOR", "PRECLINICAL"),
      });
    }
    const assignments: { cohortId: string; pairId: string; menteeId: string }[] = [];
    for (let m = 0; m < MENTEES; m++)
      assignments.push({ cohortId, pairId: pairs[Math.floor(m / 6)].id, menteeId: person("mentee", m, "MENTEE") });
    const batch = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = 5000) => {
      for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
    };
    await batch(users, (data) => prisma.user.createMany({ data }));
    await batch(memberships, (data) => prisma.membership.createMany({ data }));
    await batch(pairs, (data) => prisma.mentorPair.createMany({ data }));
    await batch(assignments, (data) => prisma.menteeAssignment.createMany({ data }));
    const perMentee = Math.floor(CONTACTS / MENTEES);
    const channels = ["PHONE", "PHONE", "PHONE", "MESSAGE", "EMAIL", "FACE_TO_FACE", "VIDEO"] as const;
    let written = 0;
    let chunk: Parameters<typeof prisma.contactLog.createMany>[0] extends infer A
      ? A extends { data: infer D }
        ? D extends unknown[]
          ? D
          : never
        : never
      : never = [];
    for (let m = 0; m < MENTEES; m++) {
      const a = assignments[m];
      const pair = pairs[Math.floor(m / 6)];
      const lastGap = r() < 0.1 ? 10 + Math.floor(r() * 15) : Math.floor(r() * 7); // ~10% overdue
      const span = 150 - lastGap;
      for (let k = 0; k < perMentee; k++) {
        const dayOffset = lastGap + Math.floor((span * k) / perMentee) + r();
        chunk.push({
          cohortId,
          pairId: a.pairId,
          mentorId: k % 2 ? pair.clinicalMentorId : pair.preclinicalMentorId,
          menteeId: a.menteeId,
          channel: channels[Math.floor(r() * channels.length)],
          outcome: r() < 0.08 ? "NO_ANSWER" : "COMPLETED",
          occurredAt: new Date(today.getTime() - dayOffset * DAY),
          minutes: 5 + Math.floor(r() * 40),
          topics: ["STUDY_METHODS_EXAMS"],
          note: r() < 0.3 ? "A private note." : null,
        });
        if (chunk.length === 5000) {
          await prisma.contactLog.createMany({ data: chunk });
          written += chunk.length;
          chunk = [];
        }
      }
    }
    if (chunk.length) {
      await prisma.contactLog.createMany({ data: chunk });
      written += chunk.length;
    }
    await pglite.exec("ANALYZE");
    console.log(
      `\nGenerated cohort: ${MENTEES} mentees in ${pairCount} pairs, ${written} contact logs (in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
    const bigMentor = await actorOf(prisma, pairs[0].clinicalMentorId);
    const bigCoord = await actorOf(prisma, coordinatorId);
    await measure("  mentor home (getMentorHome)", () => getMentorHome(bigMentor));
    await measure("  coordinator compliance (getComplianceReport)", () => getComplianceReport(bigCoord));
    const report = await getComplianceReport(bigCoord);
    console.log(
      `  (check: ${report?.totals.mentees} mentees, ${report?.totals.overdue} overdue, on time ${Math.round((report?.totals.share ?? 0) * 100)}%)`,
    );
  } finally {
    setDbForTests(undefined);
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
