import { createHash } from "node:crypto";

/** Private calendar feed tokens: only this hash is stored (User.calendarTokenHash). */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
