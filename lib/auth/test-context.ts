import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "../env";

/**
 * Integration tests run server actions as a given user without an HTTP request:
 * `asUser(userId, () => someAction(null, input))`. Honoured only when NODE_ENV is "test"
 * (vitest); in the app the session cookie is the only source of identity.
 */
interface TestContext {
  userId: string | null;
  revalidated: string[];
  /** the AuthSession.id the caller signs in with (sessions tests) */
  sessionId?: string;
  /** the cohort the request's URL names (`?cohort=`, decision 113) */
  cohortId?: string;
}
const storage = new AsyncLocalStorage<TestContext>();

export function testContext(): TestContext | undefined {
  return env.NODE_ENV === "test" ? storage.getStore() : undefined;
}

export async function asUser<T>(
  userId: string | null,
  fn: () => Promise<T>,
  options: { sessionId?: string; cohortId?: string } = {},
): Promise<T & { revalidated?: string[] }> {
  const ctx: TestContext = { userId, revalidated: [], sessionId: options.sessionId, cohortId: options.cohortId };
  const result = await storage.run(ctx, fn);
  if (result && typeof result === "object") Object.assign(result, { revalidated: ctx.revalidated });
  return result as T & { revalidated?: string[] };
}
