import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";

/**
 * The setup token of the first-run page (issue 10, item 1): printed in the server log when the
 * database has no coordinator (instrumentation.ts), asked for by /first-run. Derived from
 * NEXTAUTH_SECRET (required in production), so every server process of the install prints the same
 * one; without it (development), one random key per server process. It opens the page only while
 * no coordinator exists: the first coordinator closes it for good.
 */
const g = globalThis as { __duomentorFirstRunKey?: string };

function key(): string {
  return env.NEXTAUTH_SECRET ?? (g.__duomentorFirstRunKey ??= randomBytes(32).toString("hex"));
}

export function setupToken(): string {
  return createHmac("sha256", `${key()}:first-run`).update("duomentor-setup").digest("base64url").slice(0, 24);
}

export function isSetupToken(candidate: string): boolean {
  const a = Buffer.from(candidate.trim());
  const b = Buffer.from(setupToken());
  return a.length === b.length && timingSafeEqual(a, b);
}
