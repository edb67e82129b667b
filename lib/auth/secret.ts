import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { env } from "../env";

/**
 * Keys derived from NEXTAUTH_SECRET (required in production) for the device cookies and the
 * throttling buckets. Without it (development, tests), one random key per process.
 */
const fallback = randomBytes(32).toString("hex");

export function hmac(purpose: string, value: string): string {
  return createHmac("sha256", `${env.NEXTAUTH_SECRET ?? fallback}:${purpose}`)
    .update(value)
    .digest("base64url");
}
