import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { deliverOutbox, LEASE_MS, MAX_ATTEMPTS } from "@/lib/outbox/deliver";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();

describe("outbox delivery", () => {
  it("sends pending emails once, through a real nodemailer transport, and marks them sent", async () => {
    const p = getDb().prisma;
    await p.outbox.createMany({
      data: [
        { toEmail: "a@example.test", subject: "Welcome", body: "Hello A", kind: "invitation" },
        { toEmail: "b@example.test", subject: "Reminder", body: "Hello B", kind: "reminder", dedupeKey: "r:1" },
      ],
    });
    const delivered: string[] = [];
    const messageIds: string[] = [];
    const json = nodemailer.createTransport({ jsonTransport: true });
    const transport = {
      sendMail: async (m: nodemailer.SendMailOptions) => {
        const info = await json.sendMail(m);
        const sent = JSON.parse(String(info.message));
        delivered.push(sent.to[0].address);
        messageIds.push(sent.messageId);
        return info;
      },
    };
    expect(await deliverOutbox(p, transport, { from: "DuoMentor <x@example.test>" })).toEqual({ sent: 2, failed: 0 });
    expect(delivered.sort()).toEqual(["a@example.test", "b@example.test"]);
    const ids = await p.outbox.findMany({ select: { id: true } });
    expect(messageIds.sort()).toEqual(ids.map((r) => `<outbox.${r.id}@example.test>`).sort());
    expect(await deliverOutbox(p, transport, { from: "x@example.test" })).toEqual({ sent: 0, failed: 0 });
    expect(await p.outbox.count({ where: { status: "SENT", sentAt: { not: null } } })).toBe(2);
  });

  it("a second sender leaves alone what the first is sending (the claim's lease); a lease that ran out is sent again", async () => {
    const p = getDb().prisma;
    await p.outbox.createMany({
      data: [1, 2, 3].map((i) => ({ toEmail: `s${i}@example.test`, subject: `S${i}`, body: "B", kind: "k" })),
    });
    const sends: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = {
      sendMail: async (m: { to?: unknown }) => {
        sends.push(String(m.to));
        await gate;
        return {};
      },
    };
    const first = deliverOutbox(p, slow, { from: "x@example.test" });
    // the first sender has claimed the rows and is sending the first one
    await expect.poll(() => sends.length).toBe(1);
    expect(await deliverOutbox(p, slow, { from: "x@example.test" })).toEqual({ sent: 0, failed: 0 });
    release();
    expect(await first).toEqual({ sent: 3, failed: 0 });
    expect(sends.sort()).toEqual(["s1@example.test", "s2@example.test", "s3@example.test"]);

    // A sender that died after claiming: its rows wait for the lease to run out, then go out.
    await p.outbox.create({ data: { toEmail: "late@example.test", subject: "L", body: "B", kind: "k" } });
    const t0 = new Date();
    await p.$executeRaw`UPDATE "Outbox" SET "claimedUntil" = ${new Date(t0.getTime() + LEASE_MS)} WHERE "toEmail" = 'late@example.test'`;
    const quick = { sendMail: async () => ({}) };
    expect(await deliverOutbox(p, quick, { from: "x@example.test", now: t0 })).toEqual({ sent: 0, failed: 0 });
    expect(
      await deliverOutbox(p, quick, { from: "x@example.test", now: new Date(t0.getTime() + LEASE_MS + 1) }),
    ).toEqual({ sent: 1, failed: 0 });
  });

  it("the same reminder is stored once (dedupe key), and a failing address gives up after the limit", async () => {
    const p = getDb().prisma;
    await p.outbox.create({
      data: { toEmail: "c@example.test", subject: "S", body: "B", kind: "k", dedupeKey: "once" },
    });
    await expect(
      p.outbox.create({ data: { toEmail: "c@example.test", subject: "S", body: "B", kind: "k", dedupeKey: "once" } }),
    ).rejects.toMatchObject({ code: "P2002" });

    const failing = { sendMail: async () => Promise.reject(new Error("550 mailbox unavailable")) };
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      expect(await deliverOutbox(p, failing, { from: "x@example.test" })).toMatchObject({ failed: 1 });
    }
    const row = await p.outbox.findUniqueOrThrow({ where: { dedupeKey: "once" } });
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "550 mailbox unavailable" });
    expect(await deliverOutbox(p, failing, { from: "x@example.test" })).toEqual({ sent: 0, failed: 0 });
  });
});

describe("enqueueEmail", () => {
  it("queues inside a transaction and skips a duplicate reminder", async () => {
    const { enqueueEmail, enqueueEmails } = await import("@/lib/outbox/enqueue");
    const p = getDb().prisma;
    const first = await p.$transaction((tx) =>
      enqueueEmail(tx, {
        toEmail: "m@example.test",
        subject: "Due",
        body: "Call Sara",
        kind: "reminder.contact_due",
        dedupeKey: "due:m1:2026-11-23",
      }),
    );
    const again = await p.$transaction((tx) =>
      enqueueEmail(tx, {
        toEmail: "m@example.test",
        subject: "Due",
        body: "Call Sara",
        kind: "reminder.contact_due",
        dedupeKey: "due:m1:2026-11-23",
      }),
    );
    expect([first, again]).toEqual([true, false]);
    expect(await enqueueEmails(p, [])).toBe(0);
    await expect(
      p.$transaction(async (tx) => {
        await enqueueEmail(tx, {
          toEmail: "x@example.test",
          subject: "S",
          body: "B",
          kind: "k",
          dedupeKey: "rolled-back",
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await p.outbox.count({ where: { dedupeKey: "rolled-back" } })).toBe(0);
  });
});
