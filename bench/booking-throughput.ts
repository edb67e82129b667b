/**
 * Booking attempts per second on ONE slot, on real PostgreSQL, through the transaction the
 * booking action runs: bookSlotAction's `run` is `bookSlot(tx, ...)` in a BOOKING_TX
 * transaction (lib/booking/engine.ts: lock the mentee, lock the slot and count its seats
 * (lib/db/capacity.ts), read the mentee's meetings, slotOffer, insert; a loser also looks up the
 * next free time to offer). Not measured: the pipeline's two reads before the transaction (the
 * slot with its scope, the caller's roles) and the response.
 * Every round fires ATTEMPTS parallel bookings by different mentees at one fresh slot and
 * checks the winners: exactly `capacity` (1 for a one-to-one time, 6 for a group).
 *
 * A group holds at most 50 mentees (the cohort's group size, checked by the
 * MenteeAssignment_group_full trigger), so 200 mentees are in 4 groups of the cohort. The
 * engine runs after the pipeline has authorised the caller, so the mentees of the other groups
 * stand in for more contenders on the slot's row lock (the action would refuse them before
 * their transaction).
 *
 *   npm run bench:booking                      (starts a throwaway PostgreSQL for you)
 *   bash scripts/with-postgres.sh npx tsx bench/booking-throughput.ts [attempts] [rounds]
 *   DB_POOL_MAX=20 ... to change the pool (default 10)
 */
import pg from "pg";
import { openDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { pgRunner } from "../lib/db/runners";
import { BOOKING_TX, bookSlot } from "../lib/booking/engine";
import { clock } from "../lib/clock";
import { env } from "../lib/env";

const ATTEMPTS = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.argv[3] ?? 5);
const GROUP_SIZE = 50; // the largest the cohort settings allow (Cohort_group_size_range)

async function main() {
  const base = process.env.PG_URL_BASE;
  if (!base) throw new Error("Run me with: bash scripts/with-postgres.sh npx tsx bench/booking-throughput.ts");
  const name = `duomentor_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const client = new pg.Client({ connectionString: `${base}/${name}` });
  await client.connect();
  await migrate(pgRunner(client));
  await client.end();

  const handle = openDb({ kind: "postgres", url: `${base}/${name}` });
  const db = handle.prisma;
  try {
    const now = Date.now();
    const cohort = await db.cohort.create({
      data: {
        name: "Bench",
        academicYear: "2026-2027",
        startsOn: new Date(now - 30 * 86_400_000),
        endsOn: new Date(now + 300 * 86_400_000),
        status: "ACTIVE",
        groupSize: GROUP_SIZE,
        maxMenteesPerMentor: 100,
        groupsPublishedAt: new Date(),
      },
    });
    const user = (i: string) => ({ email: `bench-${i}@example.test`, name: `Bench ${i}` });
    const member = (userId: string, role: "MENTOR" | "MENTEE", phase?: "CLINICAL" | "PRECLINICAL") => ({
      userId,
      cohortId: cohort.id,
      role,
      phase,
    });
    const groups = Math.ceil(ATTEMPTS / GROUP_SIZE);
    const pairs: { id: string; clinicalMentorId: string }[] = [];
    for (let g = 0; g < groups; g++) {
      const [c, p] = await db.user.createManyAndReturn({ data: [user(`c${g}`), user(`p${g}`)], select: { id: true } });
      const [clinical, preclinical] = await db.membership.createManyAndReturn({
        data: [member(c.id, "MENTOR", "CLINICAL"), member(p.id, "MENTOR", "PRECLINICAL")],
        select: { id: true },
      });
      pairs.push(
        await db.mentorPair.create({
          data: {
            cohortId: cohort.id,
            label: `Group ${g + 1}`,
            clinicalMentorId: clinical.id,
            preclinicalMentorId: preclinical.id,
          },
        }),
      );
    }
    const users = await db.user.createManyAndReturn({
      data: Array.from({ length: ATTEMPTS }, (_, i) => user(`m${i}`)),
      select: { id: true },
    });
    const mentees = (
      await db.membership.createManyAndReturn({
        data: users.map((u) => member(u.id, "MENTEE")),
        select: { id: true },
      })
    ).map((m) => m.id);
    await db.menteeAssignment.createMany({
      data: mentees.map((menteeId, i) => ({
        cohortId: cohort.id,
        pairId: pairs[Math.floor(i / GROUP_SIZE)].id,
        menteeId,
      })),
    });
    const pair = pairs[0];

    console.log(
      `PostgreSQL, pool ${env.DB_POOL_MAX} connections, ${ATTEMPTS} parallel attempts per slot ` +
        `(mentees in ${groups} group(s) of up to ${GROUP_SIZE}), ${ROUNDS} rounds per kind`,
    );
    for (const capacity of [1, 6]) {
      let totalAttempts = 0;
      let totalMs = 0;
      const winnersPerRound: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const startsAt = new Date(now + (48 + r * 2 + (capacity === 6 ? 100 : 0)) * 3_600_000);
        const slot = await db.availabilitySlot.create({
          data: {
            cohortId: cohort.id,
            pairId: pair.id,
            mentorId: pair.clinicalMentorId,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 3_600_000),
            place: "Bench",
            kind: capacity > 1 ? "GROUP" : "INDIVIDUAL",
            capacity,
          },
        });
        const t0 = performance.now();
        const results = await Promise.all(
          mentees.map((menteeId) =>
            db.$transaction((tx) => bookSlot(tx, { slotId: slot.id, menteeId, now: clock() }), BOOKING_TX),
          ),
        );
        totalMs += performance.now() - t0;
        totalAttempts += results.length;
        const winners = results.filter((x) => x.kind === "booked").length;
        const refused = results.filter((x) => x.kind === "refused" && x.reason === "full").length;
        const inDb = await db.booking.count({ where: { slotId: slot.id, status: "BOOKED" } });
        if (winners !== capacity || inDb !== capacity || refused !== ATTEMPTS - capacity) {
          throw new Error(
            `round ${r}: ${winners} winners, ${inDb} in the database, ${refused} refused; expected ${capacity}`,
          );
        }
        winnersPerRound.push(winners);
      }
      console.log(
        `${capacity === 1 ? "1-seat slot" : "6-seat group slot"}: ${Math.round((totalAttempts / totalMs) * 1000)} booking attempts/s ` +
          `(${totalAttempts} attempts in ${Math.round(totalMs)} ms); winners per round: ${winnersPerRound.join(", ")} (expected ${capacity}); ` +
          `the other ${ATTEMPTS - capacity} per round refused ("That slot was just taken").`,
      );
    }
  } finally {
    // The bench database lives on the throwaway server scripts/with-postgres.sh removes afterwards.
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
