import { describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed-demo";
import { runJobs } from "@/lib/jobs/run";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();

describe("the periodic jobs", () => {
  it("queue the demo's due reminders once, however often they run", async () => {
    const p = getDb().prisma;
    const today = new Date("2026-11-23T00:00:00Z");
    await seedDemo(p, { today });
    const now = new Date("2026-11-23T08:00:00Z");
    const first = await runJobs(p, now);
    expect(first.contactEmails).toBeGreaterThan(0); // the demo has overdue mentees
    expect(first.delivered).toBeNull(); // no SMTP_URL in tests: emails wait in the outbox
    const queued = await p.outbox.count();
    const second = await runJobs(p, now);
    expect(second).toMatchObject({ contactEmails: 0, meetingEmails: 0 });
    expect(await p.outbox.count()).toBe(queued);
  });
});
