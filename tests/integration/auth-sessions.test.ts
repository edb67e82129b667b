/**
 * Issue 16, item 2: server-side sessions. Signing out ends the session for good (a replayed
 * cookie is refused); idle and absolute timeouts; the JWT's own expiry is the session's end.
 */
import { decode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { checkAuthSession, endUserSessions, listLiveSessions, startAuthSession } from "@/lib/auth/sessions";
import { createCohort, createMembership, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const MIN = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

type JwtParams = Parameters<NonNullable<NonNullable<typeof authOptions.callbacks>["jwt"]>>[0];
const jwt = (p: Partial<JwtParams>) => authOptions.callbacks!.jwt!(p as JwtParams);

async function signedIn(role: "COORDINATOR" | "MENTEE") {
  const cohort = await createCohort(prisma());
  const m = await createMembership(prisma(), cohort.id, role);
  const token = await jwt({ token: {}, user: { id: m.userId } as JwtParams["user"], account: null });
  return { userId: m.userId, token };
}

describe("sign-out ends the session on the server", () => {
  it("a token replayed after sign-out is refused, as are tokens of sessions ended elsewhere", async () => {
    const { userId, token } = await signedIn("MENTEE");
    expect(await jwt({ token })).toMatchObject({ sub: userId });
    await authOptions.events!.signOut!({ token, session: undefined as never });
    await expect(jwt({ token })).rejects.toThrow("SessionEnded");
    const row = await prisma().authSession.findFirstOrThrow({ where: { userId } });
    expect(row).toMatchObject({ endReason: "sign_out", endedAt: expect.any(Date) });

    // "Sign out everywhere" (and a password change or reset) ends every other session too.
    const a = await jwt({ token: {}, user: { id: userId } as JwtParams["user"], account: null });
    const b = await jwt({ token: {}, user: { id: userId } as JwtParams["user"], account: null });
    expect(await endUserSessions(userId, "sign_out_everywhere")).toBe(2);
    await expect(jwt({ token: a })).rejects.toThrow("SessionEnded");
    await expect(jwt({ token: b })).rejects.toThrow("SessionEnded");
  });

  it("a token for one user carrying another user's session is refused; a token without a session too", async () => {
    const one = await signedIn("MENTEE");
    const two = await signedIn("MENTEE");
    await expect(jwt({ token: { ...one.token, sub: two.userId } })).rejects.toThrow("SessionEnded");
    await expect(jwt({ token: { sub: one.userId } })).rejects.toThrow("SessionEnded"); // a pre-upgrade cookie
  });

  it("the session cookie stores only a random token; the database only its hash", async () => {
    const { userId, token } = await signedIn("MENTEE");
    const row = await prisma().authSession.findFirstOrThrow({ where: { userId } });
    expect(token.sid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.tokenHash).not.toContain(String(token.sid));
    expect(token).not.toHaveProperty("email");
  });
});

describe("lifetimes", () => {
  it("staff: 12 h absolute and 30 min idle; the JWT's own expiry is the session's end", async () => {
    const start = new Date("2027-03-01T08:00:00Z");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
    const { userId, token } = await signedIn("COORDINATOR");
    const row = await prisma().authSession.findFirstOrThrow({ where: { userId } });
    expect(row.staff).toBe(true);
    expect(row.expiresAt.getTime() - start.getTime()).toBe(12 * 60 * MIN);

    const encoded = await authOptions.jwt!.encode!({ token, secret: "s3cret", maxAge: authOptions.session!.maxAge! });
    const decoded = await decode({ token: encoded, secret: "s3cret" });
    expect(decoded!.exp).toBe(Math.floor(row.expiresAt.getTime() / 1000));

    vi.setSystemTime(new Date(start.getTime() + 29 * MIN));
    expect(await jwt({ token })).toMatchObject({ sub: userId });
    vi.setSystemTime(new Date(start.getTime() + 29 * MIN + 30 * MIN));
    await expect(jwt({ token })).rejects.toThrow("SessionEnded");
    expect(await prisma().authSession.findFirstOrThrow({ where: { userId } })).toMatchObject({ endReason: "idle" });
  });

  it("students: 14 days, no idle timeout", async () => {
    const start = new Date("2027-03-01T08:00:00Z");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
    const user = await createUser(prisma());
    const s = await startAuthSession({
      userId: user.id,
      method: "password",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0",
    });
    expect(s.expiresAt.getTime() - start.getTime()).toBe(14 * 24 * 60 * MIN);
    expect(await checkAuthSession(s.token, new Date(start.getTime() + 6 * 24 * 60 * MIN))).toMatchObject({
      userId: user.id,
    });
    const live = await listLiveSessions(user.id, new Date(start.getTime() + 6 * 24 * 60 * MIN));
    expect(live).toEqual([expect.objectContaining({ id: s.id, userAgent: "Chrome on Linux", method: "password" })]);
    expect(await checkAuthSession(s.token, new Date(start.getTime() + 14 * 24 * 60 * MIN))).toBeNull();
  });
});
