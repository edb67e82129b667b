import "server-only";
import { db } from "../db";

/** Failed sign-ins allowed per email per window; kept in the database (several instances share it). */
export const SIGN_IN_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export async function checkSignInRateLimit(key: string, now = new Date()): Promise<boolean> {
  const row = await db().rateLimit.findUnique({ where: { key } });
  if (!row) return true;
  if (now.getTime() - row.windowStart.getTime() > SIGN_IN_WINDOW_MS) return true;
  return row.count < SIGN_IN_LIMIT;
}

export async function recordSignInFailure(key: string, now = new Date()): Promise<void> {
  const windowFloor = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  // One statement, so concurrent failures cannot lose counts.
  await db().$executeRaw`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < ${windowFloor} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < ${windowFloor} THEN ${now} ELSE "RateLimit"."windowStart" END`;
}

export async function clearSignInFailures(key: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key } });
}
