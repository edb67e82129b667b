import type { Browser, Page } from "@playwright/test";
import { Client } from "pg";
import { DEMO_LOGINS, expect, signInWithoutForm, test } from "../e2e/fixtures";
import { PORTS } from "../../playwright.multi.config";

/**
 * Two production instances on one PostgreSQL, as the README promises (issue 17, item 6): a
 * session started on one continues on the other and ends on both; bookings raced across both
 * have exact winners; both run the background jobs and every email goes out once.
 */
const A = `http://127.0.0.1:${PORTS.a}`;
const B = `http://127.0.0.1:${PORTS.b}`;
const DAY = 86_400_000;

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function signedIn(browser: Browser, email: string, base: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithoutForm(page, email, undefined, base);
  return page;
}

test("a session started on one instance continues on the other, and signing out on one ends it on both", async ({
  page,
}) => {
  await signInWithoutForm(page, DEMO_LOGINS.mentee, undefined, A);
  await page.goto(`${B}/`);
  await expect(page).toHaveURL(`${B}/mentee`);
  await page.goto(`${A}/mentee`);
  await expect(page).toHaveURL(`${A}/mentee`);

  await page.goto(`${B}/mentee`);
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  for (const base of [A, B]) {
    const session = await (await page.request.get(`${base}/api/auth/session`)).json();
    expect(session?.user, `no session on ${base}`).toBeUndefined();
  }
});

test("bookings raced across both instances: one seat, one winner, every round", async ({ browser }) => {
  test.setTimeout(240_000);
  const [pair] = await sql<{ id: string; cohortId: string; clinicalMentorId: string }>(
    `SELECT p.id, p."cohortId", p."clinicalMentorId"
       FROM "MentorPair" p
       JOIN "MenteeAssignment" a ON a."pairId" = p.id
       JOIN "Membership" m ON m.id = a."menteeId"
       JOIN "User" u ON u.id = m."userId"
      WHERE u.email = $1`,
    [DEMO_LOGINS.mentee],
  );
  const mentees = await sql<{ email: string }>(
    `SELECT u.email FROM "MenteeAssignment" a
       JOIN "Membership" m ON m.id = a."menteeId" JOIN "User" u ON u.id = m."userId"
      WHERE a."pairId" = $1 ORDER BY u.email`,
    [pair.id],
  );
  expect(mentees.length).toBeGreaterThanOrEqual(4);

  // Three one-seat times, on three days at 13:00 UTC, each in its own room.
  const rounds = 3;
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  for (let r = 1; r <= rounds; r++) {
    const startsAt = new Date(today + (r + 1) * DAY + 13 * 3_600_000);
    await sql(
      `INSERT INTO "AvailabilitySlot" (id, "cohortId", "pairId", "mentorId", "startsAt", "endsAt", place, kind, capacity, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'INDIVIDUAL', 1, now())`,
      [
        `race-slot-${r}`,
        pair.cohortId,
        pair.id,
        pair.clinicalMentorId,
        startsAt,
        new Date(startsAt.getTime() + 45 * 60_000),
        `Race room ${r}`,
      ],
    );
  }

  // Every mentee of the pair, alternately on instance A and instance B.
  const contenders = await Promise.all(
    mentees.map(async ({ email }, i) => ({
      email,
      page: await signedIn(browser, email, i % 2 ? B : A),
      base: i % 2 ? B : A,
    })),
  );
  let left = contenders;
  const winners: string[] = [];
  for (let r = 1; r <= rounds; r++) {
    for (const c of left) {
      await c.page.goto(`${c.base}/mentee/book`);
      await c.page.getByRole("button", { name: new RegExp(`Race room ${r}`) }).click();
      await expect(c.page.getByRole("button", { name: "Confirm booking" })).toBeVisible();
    }
    // All at once.
    await Promise.all(left.map((c) => c.page.getByRole("button", { name: "Confirm booking" }).click()));
    const outcomes = await Promise.all(
      left.map(async (c) => {
        const booked = c.page.getByRole("status", { name: "Booking status" }).filter({ hasText: /Booked:/ });
        const taken = c.page
          .getByRole("alert", { name: "Booking status" })
          .filter({ hasText: "That slot was just taken." });
        await expect(booked.or(taken)).toBeVisible();
        if (await taken.isVisible()) {
          // the offer of the next free time is a button, never the slot's id as text
          await expect(taken).not.toContainText(/race-slot|cdemo/);
        }
        return { c, booked: await booked.isVisible() };
      }),
    );
    const won = outcomes.filter((o) => o.booked);
    expect(won, `round ${r}: one winner among ${left.length}`).toHaveLength(1);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Booking" WHERE "slotId" = $1 AND status <> 'CANCELLED'`,
      [`race-slot-${r}`],
    );
    expect(n, `round ${r}: one booking in the database`).toBe(1);
    winners.push(`${won[0].c.email} via ${won[0].c.base === A ? "A" : "B"}`);
    left = left.filter((c) => c !== won[0].c);
  }
  console.log(`\nTwo-instance booking race: ${contenders.length} mentees, winners: ${winners.join("; ")}\n`);
  for (const c of contenders) await c.page.context().close();
});

test("both instances run the jobs, and every email goes out once", async () => {
  test.setTimeout(120_000);
  const extra = 300;
  await sql(
    `INSERT INTO "Outbox" (id, "toEmail", subject, body, kind)
     SELECT 'two-instances-' || g, 'person' || g || '@duomentor.test', 'Two instances ' || g, 'Hello', 'test.two_instances'
       FROM generate_series(1, $1::int) AS g`,
    [extra],
  );
  // Both instances deliver every second (JOBS_INTERVAL_SECONDS=1), 50 rows a run each.
  await expect
    .poll(
      async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Outbox" WHERE status = 'PENDING'`))[0].n,
      { timeout: 90_000, intervals: [1_000] },
    )
    .toBe(0);
  const sent = await sql<{ id: string }>(`SELECT id FROM "Outbox" WHERE status = 'SENT'`);
  expect(sent.length).toBeGreaterThanOrEqual(extra);
  const received = (await (await fetch(`http://127.0.0.1:${PORTS.sink}/messages`)).json()) as {
    sender: string | null;
    messageId: string | null;
  }[];
  const ids = received.map((m) => m.messageId);
  expect(new Set(ids).size, "no Message-ID received twice").toBe(ids.length);
  expect(new Set(ids)).toEqual(new Set(sent.map((r) => `<outbox.${r.id}@duomentor.test>`)));
  const bySender = { a: 0, b: 0 } as Record<string, number>;
  for (const m of received) bySender[m.sender ?? "?"] = (bySender[m.sender ?? "?"] ?? 0) + 1;
  console.log(`\nTwo-instance delivery: ${received.length} emails, ${bySender.a} by A, ${bySender.b} by B\n`);
  expect(bySender.a + bySender.b).toBe(received.length);
});
