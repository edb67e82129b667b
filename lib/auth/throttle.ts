import "server-only";
import { clock } from "../clock";
import { db } from "../db";
import { hmac } from "./secret";
import { bucketVerdict, firstRefusal, type BucketRule, type Verdict } from "./throttle-rules";

/**
 * The throttling counters, in the database (RateLimit) so several instances share them. Keys are
 * keyed hashes (no email or IP address is stored in clear): `signin:ip:<hmac>`.
 */
export function bucketKey(kind: string, value: string): string {
  return `${kind}:${hmac("throttle", value.toLowerCase()).slice(0, 32)}`;
}

export interface Bucket {
  key: string;
  rule: BucketRule;
}

/** Go ahead only if every bucket agrees. */
export async function checkBuckets(buckets: Bucket[], now = clock()): Promise<Verdict> {
  if (buckets.length === 0) return { ok: true };
  const rows = await db().rateLimit.findMany({
    where: { key: { in: buckets.map((b) => b.key) } },
    select: { key: true, count: true, windowStart: true, lastAt: true },
  });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return firstRefusal(buckets.map((b) => bucketVerdict(b.rule, byKey.get(b.key) ?? null, now)));
}

/** One more failure in each bucket; one statement each, so concurrent failures never lose counts. */
export async function recordFailure(buckets: Bucket[], now = clock()): Promise<void> {
  for (const b of buckets) {
    const floor = new Date(now.getTime() - b.rule.windowMs);
    await db().$executeRaw`
      INSERT INTO "RateLimit" ("key", "windowStart", "count", "lastAt") VALUES (${b.key}, ${now}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimit"."windowStart" <= ${floor} THEN 1 ELSE "RateLimit"."count" + 1 END,
        "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${floor} THEN ${now} ELSE "RateLimit"."windowStart" END,
        "lastAt" = ${now}`;
  }
}

export async function clearBuckets(keys: string[]): Promise<void> {
  if (keys.length) await db().rateLimit.deleteMany({ where: { key: { in: keys } } });
}
