/**
 * Contact reminders: two concurrent runs send each reminder once.
 * PostgreSQL only (`*.pg.test.ts`: `npm run test:pg`; left out on PGlite, see vitest.config.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { runContactReminders } from "@/lib/contacts/reminders";
import { seedDemo } from "@/lib/demo/seed-demo";
import { localDate } from "@/lib/time";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const now = new Date();

beforeAll(async () => {
  await seedDemo(getDb().prisma, { today: now });
});

describe("reminders on PostgreSQL: concurrent runs", () => {
  it("two runs at the same moment queue each reminder once", async () => {
    const p = getDb().prisma;
    const later = new Date(now.getTime() + 2 * 86_400_000);
    const before = await p.outbox.count();
    const [a, b] = await Promise.all([runContactReminders(p, { now: later }), runContactReminders(p, { now: later })]);
    const added = (await p.outbox.count()) - before;
    // Both runs attempted every reminder; together they queued each new one exactly once.
    expect(a.queued + a.skippedAsDuplicates).toBe(b.queued + b.skippedAsDuplicates);
    expect(a.queued + b.queued).toBe(added);
    expect(added).toBeGreaterThan(0);
    const digests = await p.outbox.findMany({
      where: { kind: "digest.contacts_overdue" },
      select: { dedupeKey: true },
    });
    expect(new Set(digests.map((d) => d.dedupeKey)).size).toBe(digests.length);
    const laterDay = localDate(later, "Europe/Berlin");
    expect(digests.filter((d) => d.dedupeKey!.endsWith(`:${laterDay}`))).toHaveLength(1);
    const again = await runContactReminders(p, { now: later });
    expect(again.queued).toBe(0);
  });
});
