import "server-only";
import type { NextAuthOptions } from "next-auth";
import { encode as encodeJwt } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clock } from "../clock";
import { db } from "../db";
import { env, ssoEnabled } from "../env";
import { clientInfo, DEVICE_COOKIE, type ClientInfo } from "./client";
import { DEVICE_COOKIE_DAYS, deviceNonceFor, withDevice } from "./device";
import { dummyPasswordHash, verifyPassword } from "./password";
import { safeRedirectUrl } from "./redirect";
import { MAX_SESSION_SECONDS } from "./session-rules";
import { checkAuthSession, endAuthSessionByToken, startAuthSession } from "./sessions";
import { bucketKey, checkBuckets, clearBuckets, recordFailure, type Bucket } from "./throttle";
import { THROTTLE } from "./throttle-rules";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** next-auth's error code for a throttled sign-in; the sign-in form turns it into a message. */
export const RATE_LIMITED = "RateLimited";
/** The database cannot be reached: said as such, never as a wrong password, never with details. */
export const UNAVAILABLE = "Unavailable";

const NO_CLIENT: ClientInfo = { ip: "unknown", userAgent: null, deviceCookie: null };

export interface SignInResult {
  userId: string | null;
  /** RATE_LIMITED when refused before the password was even checked */
  refused?: typeof RATE_LIMITED;
  /** the device cookie to set after a success */
  deviceCookie?: string;
}

/**
 * Checks a password sign-in (issue 16, item 3). The same answer, in about the same time, for a
 * wrong password and an unknown email. Throttling (lib/auth/throttle-rules.ts):
 *  - from a browser with a valid device cookie for this account: only that device's own bucket;
 *  - from any other browser: the account's bucket (per email, known or not), the IP's bucket
 *    (spraying across emails) and the global one; each failure counts in all three.
 */
export async function signInWithPassword(
  email: string,
  password: string,
  client: ClientInfo = NO_CLIENT,
): Promise<SignInResult> {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) return { userId: null };
  const now = clock();
  const user = await db().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true },
  });
  const nonce = user ? deviceNonceFor(client.deviceCookie, user.id) : null;
  const deviceBucket: Bucket | null = nonce
    ? { key: bucketKey("signin:device", nonce), rule: THROTTLE.signInDevice }
    : null;
  const trusted = deviceBucket !== null && (await checkBuckets([deviceBucket], now)).ok;
  const accountBucket = { key: bucketKey("signin:account", parsed.data.email), rule: THROTTLE.signInAccount };
  const untrusted: Bucket[] = [
    accountBucket,
    { key: bucketKey("signin:ip", client.ip), rule: THROTTLE.signInIp },
    { key: "signin:global", rule: THROTTLE.signInGlobal },
  ];
  if (!trusted && !(await checkBuckets(untrusted, now)).ok) return { userId: null, refused: RATE_LIMITED };

  // Verify against a dummy hash for unknown emails: same time, same answer.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user || !user.passwordHash || !ok) {
    await recordFailure(trusted ? [deviceBucket!] : untrusted, now);
    return { userId: null };
  }
  await clearBuckets(trusted ? [deviceBucket!.key] : [accountBucket.key]);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } });
  return { userId: user.id, deviceCookie: withDevice(client.deviceCookie, user.id) };
}

/** Kept for callers that only need the answer: the user id, null, or RATE_LIMITED. */
export async function authenticate(email: string, password: string, client?: ClientInfo) {
  const r = await signInWithPassword(email, password, client);
  return r.refused ?? r.userId;
}

async function setDeviceCookie(value: string) {
  try {
    const { cookies } = await import("next/headers");
    (await cookies()).set(DEVICE_COOKIE, value, {
      httpOnly: true,
      sameSite: "lax",
      secure: (env.NEXTAUTH_URL ?? "").startsWith("https://"),
      path: "/api/auth",
      maxAge: DEVICE_COOKIE_DAYS * 86_400,
    });
  } catch {
    /* outside a request (tests) */
  }
}

const providers: NextAuthOptions["providers"] = [
  CredentialsProvider({
    id: "credentials",
    name: "Email and password",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials, req) {
      const client = clientInfo((req?.headers ?? {}) as Record<string, string>);
      let result: SignInResult;
      try {
        result = await signInWithPassword(credentials?.email ?? "", credentials?.password ?? "", client);
      } catch (e) {
        // Never the error's text: it can hold a path or a process id (issue 16, item 7).
        console.error(`[auth] sign-in failed: ${(e as Error)?.name ?? "Error"}`);
        throw new Error(UNAVAILABLE);
      }
      if (result.refused) throw new Error(RATE_LIMITED);
      if (!result.userId) return null;
      if (result.deviceCookie) await setDeviceCookie(result.deviceCookie);
      return { id: result.userId, userAgent: client.userAgent } as { id: string };
    },
  }),
];

if (ssoEnabled) {
  // University single sign-on (OpenID Connect). Only people the coordinators invited can sign in:
  // the account is matched by SSO subject, or on first use by a verified email, and then linked.
  providers.push({
    id: "university",
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; email_verified?: boolean; name?: string }) {
      return {
        id: profile.sub,
        email: profile.email?.toLowerCase() ?? null,
        name: profile.name ?? null,
        emailVerified: profile.email_verified !== false,
      } as { id: string; email: string | null; name: string | null };
    },
  });
}

interface SessionToken {
  sub?: string;
  /** the random session token (its sha-256 is in AuthSession) */
  sid?: string;
  /** the session's absolute end, epoch seconds: the JWT's own expiry */
  sx?: number;
  /** AuthSession.id, to mark "this device" on the sessions page */
  rid?: string;
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The cookie lives as long as the longest session; the JWT inside expires with ITS session.
  session: { strategy: "jwt", maxAge: MAX_SESSION_SECONDS },
  jwt: {
    async encode(params) {
      const t = (params.token ?? {}) as SessionToken;
      const left = t.sx ? Math.max(1, t.sx - Math.floor(Date.now() / 1000)) : params.maxAge;
      return encodeJwt({
        ...params,
        maxAge: Math.min(params.maxAge ?? MAX_SESSION_SECONDS, left ?? MAX_SESSION_SECONDS),
      });
    },
  },
  pages: { signIn: "/login", error: "/login" },
  providers,
  logger: {
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR") return; // an ended session: expected, already handled
      const m = metadata as { name?: string; error?: { name?: string } } | undefined;
      console.error(`[next-auth] ${code} ${m?.error?.name ?? m?.name ?? ""}`);
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "university") return true;
      const subject = account.providerAccountId;
      const verified = (user as { emailVerified?: boolean }).emailVerified !== false;
      const existing =
        (await db().user.findUnique({ where: { ssoSubject: subject }, select: { id: true } })) ??
        (user.email && verified
          ? await db().user.findFirst({
              where: { email: user.email, ssoSubject: null, anonymisedAt: null },
              select: { id: true },
            })
          : null);
      if (!existing) return "/login?error=NotInvited";
      await db().user.update({
        where: { id: existing.id },
        data: { ssoSubject: subject, lastLoginAt: clock() },
        select: { id: true },
      });
      user.id = existing.id;
      return true;
    },
    async jwt({ token, user, account }) {
      const t = token as typeof token & SessionToken;
      // The token carries only who the person is and which server-side session this is; what
      // they may do is read from their memberships on every request (lib/auth/session.ts).
      delete t.name;
      delete t.email;
      delete t.picture;
      if (user?.id) {
        const started = await startAuthSession({
          userId: user.id,
          method: account?.provider === "university" ? "sso" : "password",
          userAgent: (user as { userAgent?: string | null }).userAgent ?? null,
        });
        t.sub = user.id;
        t.sid = started.token;
        t.rid = started.id;
        t.sx = Math.floor(started.expiresAt.getTime() / 1000);
        return t;
      }
      const live = await checkAuthSession(t.sid);
      if (!live || live.userId !== t.sub) throw new Error("SessionEnded");
      return t;
    },
    async session({ session, token }) {
      const t = token as SessionToken;
      return { expires: session.expires, user: { id: t.sub ?? "" }, sessionId: t.rid ?? "" };
    },
    async redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      await endAuthSessionByToken((token as SessionToken | null)?.sid, "sign_out");
    },
  },
};
