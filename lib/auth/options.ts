import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db";
import { env, ssoEnabled } from "../env";
import { dummyPasswordHash, verifyPassword } from "./password";
import { checkSignInRateLimit, clearSignInFailures, recordSignInFailure } from "./rate-limit";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** next-auth's error code for a locked email; the sign-in form turns it into a message. */
export const RATE_LIMITED = "RateLimited";

/**
 * Checks a password sign-in. Returns the user id; null with no hint of which part was wrong;
 * or RATE_LIMITED after too many failures for this email (said for unknown emails too).
 */
export async function authenticate(email: string, password: string): Promise<string | null | typeof RATE_LIMITED> {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) return null;
  const key = `signin:${parsed.data.email}`;
  if (!(await checkSignInRateLimit(key))) return RATE_LIMITED;
  const user = await db().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true },
  });
  // Verify against a dummy hash for unknown emails: same time, same answer.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user || !user.passwordHash || !ok) {
    await recordSignInFailure(key);
    return null;
  }
  await clearSignInFailures(key);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  return user.id;
}

const providers: NextAuthOptions["providers"] = [
  CredentialsProvider({
    id: "credentials",
    name: "Email and password",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials) {
      const userId = await authenticate(credentials?.email ?? "", credentials?.password ?? "");
      if (userId === RATE_LIMITED) throw new Error(RATE_LIMITED);
      return userId ? { id: userId } : null;
    },
  }),
];

if (ssoEnabled) {
  // University single sign-on (OpenID Connect). Only people the coordinators invited can sign in:
  // the account is matched by SSO subject, or on first use by email, and then linked.
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
    profile(profile: { sub: string; email?: string; name?: string }) {
      return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? null };
    },
  });
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 14 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers,
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "university") return true;
      const subject = account.providerAccountId;
      const existing =
        (await db().user.findUnique({ where: { ssoSubject: subject }, select: { id: true } })) ??
        (user.email
          ? await db().user.findUnique({ where: { email: user.email }, select: { id: true, ssoSubject: true } })
          : null);
      if (!existing) return "/login?error=NotInvited";
      await db().user.update({
        where: { id: existing.id },
        data: { ssoSubject: subject, lastLoginAt: new Date() },
        select: { id: true },
      });
      user.id = existing.id;
      return true;
    },
    async jwt({ token, user }) {
      // The token carries only who the person is; what they may do is read from their
      // memberships on every request (lib/auth/session.ts).
      if (user?.id) token.sub = user.id;
      delete token.name;
      delete token.email;
      delete token.picture;
      return token;
    },
    async session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? "" } };
    },
  },
};
