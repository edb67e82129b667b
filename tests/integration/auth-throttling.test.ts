/**
 * Issue 16, item 3: throttling that stops spraying without letting anyone lock people out.
 * Time moves with vi.setSystemTime (only Date is faked: clock() reads it).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClientInfo } from "@/lib/auth/client";
import { RATE_LIMITED, signInWithPassword } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { MAX_DELAY_MS, THROTTLE } from "@/lib/auth/throttle-rules";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const PASSWORD = "rhubarb-lantern-ocean-42";
const at = (ip: string, deviceCookie: string | null = null): ClientInfo => ({ ip, userAgent: "test", deviceCookie });

let now = new Date("2027-03-01T08:00:00Z").getTime();
function advance(ms: number) {
  now += ms;
  vi.setSystemTime(now);
}
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  advance(24 * 3600_000); // every test in a fresh window
  await prisma().rateLimit.deleteMany();
});
afterEach(() => {
  vi.useRealTimers();
});

async function person(email: string) {
  return prisma().user.create({ data: { email, name: "Person", passwordHash: await hashPassword(PASSWORD) } });
}

describe("the account bucket does not lock out a device that has signed in before", () => {
  it("the supervisor, on her usual browser, signs in after someone else's 25 wrong tries", async () => {
    const supervisor = await person("supervisor@example.test");
    const first = await signInWithPassword(supervisor.email, PASSWORD, at("10.1.1.1"));
    expect(first.userId).toBe(supervisor.id);
    const herCookie = first.deviceCookie!;
    expect(herCookie).toContain(supervisor.id);

    // Someone else, elsewhere, tries 25 passwords, pacing themselves past every delay.
    const answers = [];
    for (let i = 0; i < 25; i++) {
      answers.push((await signInWithPassword(supervisor.email, `guess-number-${i}`, at(`192.0.2.${i % 5}`))).refused);
      advance(70_000);
    }
    expect(answers.filter((a) => a === RATE_LIMITED).length).toBeGreaterThan(0); // they were stopped

    // Her own browser is not subject to the account's lockout: the right password works at once.
    const hers = await signInWithPassword(supervisor.email, PASSWORD, at("10.1.1.1", herCookie));
    expect(hers).toMatchObject({ userId: supervisor.id });
    expect(hers.refused).toBeUndefined();

    // A browser that never signed in to her account is refused, even with the right password.
    expect((await signInWithPassword(supervisor.email, PASSWORD, at("10.9.9.9"))).refused).toBe(RATE_LIMITED);
  });

  it("a device cookie of another account, or a forged one, gives no way round the lockout", async () => {
    const victim = await person("victim@example.test");
    const attacker = await person("attacker@example.test");
    const attackerCookie = (await signInWithPassword(attacker.email, PASSWORD, at("198.51.100.1"))).deviceCookie!;
    const forged = `${victim.id}.AAAAAAAAAAAAAAAAAAAAAAAA.${"A".repeat(32)}`;
    for (let i = 0; i < THROTTLE.signInAccount.hard; i++) {
      await signInWithPassword(victim.email, `wrong-${i}`, at(`198.51.100.${10 + i}`, attackerCookie));
      advance(70_000);
    }
    for (const cookie of [attackerCookie, forged, `${attackerCookie}~${forged}`]) {
      expect((await signInWithPassword(victim.email, "wrong-again", at("198.51.100.99", cookie))).refused).toBe(
        RATE_LIMITED,
      );
    }
  });

  it("a trusted device has its own limit: after 10 wrong tries it counts as any other browser", async () => {
    const user = await person("own-device@example.test");
    const cookie = (await signInWithPassword(user.email, PASSWORD, at("203.0.113.7"))).deviceCookie!;
    for (let i = 0; i < THROTTLE.signInDevice.hard; i++) {
      expect((await signInWithPassword(user.email, `typo-${i}`, at("203.0.113.7", cookie))).refused).toBeUndefined();
      advance(70_000);
    }
    // The device's bucket is full; the account's is not (those failures were the device's own).
    expect((await signInWithPassword(user.email, PASSWORD, at("203.0.113.7", cookie))).userId).toBe(user.id);
  });

  it("the window passes: an untrusted browser may try again, and a success clears the account's count", async () => {
    const user = await person("patient@example.test");
    for (let i = 0; i < THROTTLE.signInAccount.hard; i++) {
      await signInWithPassword(user.email, `nope-${i}`, at(`192.0.2.${50 + i}`));
      advance(70_000);
    }
    expect((await signInWithPassword(user.email, PASSWORD, at("192.0.2.99"))).refused).toBe(RATE_LIMITED);
    advance(THROTTLE.signInAccount.windowMs);
    expect((await signInWithPassword(user.email, PASSWORD, at("192.0.2.99"))).userId).toBe(user.id);
  });
});

describe("spraying across emails from one address is slowed, then refused", () => {
  it("40 emails x 1 guess: 10 go through, then each must wait, and after 30 the address is refused", async () => {
    const emails = Array.from({ length: 40 }, (_, i) => `student${i}@example.test`);
    await Promise.all(emails.slice(0, 20).map((e) => person(e)));
    const sprayer = at("198.51.100.200");
    const sprayStart = now;
    const fast = [];
    for (const email of emails) fast.push((await signInWithPassword(email, "Winter2027!", sprayer)).refused);
    // In one burst: the first 10 are checked, everything after is refused without a password check.
    expect(fast.slice(0, THROTTLE.signInIp.free).every((r) => r === undefined)).toBe(true);
    expect(fast.slice(THROTTLE.signInIp.free).every((r) => r === RATE_LIMITED)).toBe(true);

    // Waiting out each growing delay gets the count to the hard limit, and then nothing more.
    let checked = THROTTLE.signInIp.free;
    for (let i = 0; i < 60 && checked < THROTTLE.signInIp.hard; i++) {
      advance(Math.min(2 ** (checked - THROTTLE.signInIp.free) * 1000, MAX_DELAY_MS));
      const r = await signInWithPassword(emails[i % 40], "Winter2027!", sprayer);
      if (r.refused === undefined) checked++;
    }
    expect(checked).toBe(THROTTLE.signInIp.hard);
    expect(now - sprayStart).toBeLessThan(THROTTLE.signInIp.windowMs); // all within one window
    advance(60_000);
    expect((await signInWithPassword(emails[0], "Winter2027!", sprayer)).refused).toBe(RATE_LIMITED);

    // Someone else at another address is not affected; the sprayer's own address is again after the window.
    const other = await person("bystander@example.test");
    expect((await signInWithPassword(other.email, PASSWORD, at("203.0.113.50"))).userId).toBe(other.id);
    advance(THROTTLE.signInIp.windowMs);
    expect((await signInWithPassword(emails[0], "Winter2027!", sprayer)).refused).toBeUndefined();
  }, 60_000);

  it("the global budget: past it, browsers without a device cookie are refused; known devices still sign in", async () => {
    const user = await person("known@example.test");
    const cookie = (await signInWithPassword(user.email, PASSWORD, at("192.0.2.1"))).deviceCookie!;
    await prisma().rateLimit.create({
      data: {
        key: "signin:global",
        windowStart: new Date(now),
        count: THROTTLE.signInGlobal.hard,
        lastAt: new Date(now),
      },
    });
    const fresh = await person("fresh@example.test");
    expect((await signInWithPassword(fresh.email, PASSWORD, at("192.0.2.2"))).refused).toBe(RATE_LIMITED);
    expect((await signInWithPassword(user.email, PASSWORD, at("192.0.2.3", cookie))).userId).toBe(user.id);
  });

  it("stores no email or IP address in clear", async () => {
    await signInWithPassword("someone@example.test", "wrong-password", at("192.0.2.77"));
    const keys = (await prisma().rateLimit.findMany({ select: { key: true } })).map((r) => r.key).join(" ");
    expect(keys).not.toMatch(/someone|example|192\.0\.2/);
  });
});
