import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { hmac } from "./secret";

/**
 * Device cookies (OWASP's defence against lockout by others): after a successful sign-in, the
 * browser gets a signed cookie naming that account. A sign-in from a browser holding one is not
 * subject to the account's, the IP's or the global lockout (only to its own, per cookie), so
 * someone guessing the supervisor's password elsewhere cannot keep her out on her usual device.
 * The cookie is no credential: without the password it opens nothing.
 *
 * Value: up to MAX_ENTRIES entries `<userId>.<nonce>.<mac>` joined by "~" (a shared computer may
 * keep several people's), newest first.
 */
export const DEVICE_COOKIE_DAYS = 180;
const MAX_ENTRIES = 5;

function mac(userId: string, nonce: string): string {
  return hmac("device", `${userId}.${nonce}`).slice(0, 32);
}

function entries(cookie: string | null | undefined): string[] {
  return (cookie ?? "")
    .split("~")
    .filter((e) => /^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{32}$/.test(e))
    .slice(0, MAX_ENTRIES);
}

/** The nonce of a valid entry for this user in the cookie (it keys the device's own bucket). */
export function deviceNonceFor(cookie: string | null | undefined, userId: string): string | null {
  for (const e of entries(cookie)) {
    const [uid, nonce, m] = e.split(".");
    if (uid !== userId) continue;
    const expected = Buffer.from(mac(uid, nonce));
    if (expected.length === m.length && timingSafeEqual(expected, Buffer.from(m))) return nonce;
  }
  return null;
}

/** The cookie's new value after a successful sign-in: this user's entry first (kept if valid). */
export function withDevice(cookie: string | null | undefined, userId: string): string {
  const nonce = deviceNonceFor(cookie, userId) ?? randomBytes(18).toString("base64url");
  const mine = `${userId}.${nonce}.${mac(userId, nonce)}`;
  const others = entries(cookie).filter((e) => !e.startsWith(`${userId}.`));
  return [mine, ...others].slice(0, MAX_ENTRIES).join("~");
}
