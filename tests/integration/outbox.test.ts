import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { deliverOutbox, MAX_ATTEMPTS } from "@/lib/outbox/deliver";
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
    const json = nodemailer.createTransport({ jsonTransport: true });
    const transport = {
      sendMail: async (m: nodemailer.SendMailOptions) => {
        const info = await json.sendMail(m);
        delivered.push(JSON.parse(String(info.message)).to[0].address);
        return info;
      },
    };
    expect(await deliverOutbox(p, transport, { from: "DuoMentor <x@example.test>" })).toEqual({ sent: 2, failed: 0 });
    expect(delivered.sort()).toEqual(["a@example.test", "b@example.test"]);
    expect(await deliverOutbox(p, transport, { from: "x@example.test" })).toEqual({ sent: 0, failed: 0 });
    expect(await p.outbox.count({ where: { status: "SENT", sentAt: { not: null } } })).toBe(2);
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
