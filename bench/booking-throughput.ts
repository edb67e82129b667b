/**
 * Booking attempts per second on ONE slot, on real PostgreSQL, through the same transaction as
 * the booking action (lib/booking/engine.ts: lock the mentee, lock the slot, count, insert).
 * Every round fires ATTEMPTS parallel bookings by different mentees at one fresh slot and
 * checks the winners: exactly `capacity` (1 for a one-to-one time, 6 for a group).
 *
 *   npm run bench:booking                      (starts a throwaway PostgreSQL for you)
 *   bash scripts/with-postgres.sh npx tsx bench/booking-throughput.ts [attempts] [rounds]
 *   DB_POOL_MAX=20 ... to change the pool (default 10)
 */
import pg from "pg";
import { openDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { pgRunner } from "../lib/db/runners";
import { BOOKING_TX, bookInTx } from "../lib/booking/engine";
import { env } from "../lib/env";

const ATTEMPTS = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.argv[3] ?? 5);

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
        groupsPublishedAt: new Date(),
      },
    });
    const mk = async (i: string, role: "MENTOR" | "MENTEE", phase?: "CLINICAL" | "PRECLINICAL") => {
      const u = await db.user.create({ data: { email: `bench-${i}@example.test`, name: `Bench ${i}` } });
      return db.membership.create({ data: { userId: u.id, cohortId: cohort.id, role, phase } });
    };
    const clinical = await mk("c", "MENTOR", "CLINICAL");
    const preclinical = await mk("p", "MENTOR", "PRECLINICAL");
    const pair = await db.mentorPair.create({
      data: {
        cohortId: cohort.id,
        label: "Group 1",
        clinicalMentorId: clinical.id,
        preclinicalMentorId: preclinical.id,
      },
    });
    const mentees = [];
    for (let i = 0; i < ATTEMPTS; i++) {
      const m = await mk(`m${i}`, "MENTEE");
      await db.menteeAssignment.create({ data: { cohortId: cohort.id, pairId: pair.id, menteeId: m.id } });
      mentees.push(m.id);
    }

    console.log(
      `PostgreSQL, pool ${env.DB_POOL_MAX} connections, ${ATTEMPTS} parallel attempts per slot, ${ROUNDS} rounds per kind`,
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
            mentorId: clinical.id,
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
            db.$transaction((tx) => bookInTx(tx, { slotId: slot.id, menteeId, now: new Date() }), BOOKING_TX),
          ),
        );
        totalMs += performance.now() - t0;
        totalAttempts += results.length;
        const winners = results.filter((x) => x.kind === "booked").length;
        const refused = results.filter((x) => x.kind === "refused").length;
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
