/**
 * Runs queries one after the other and returns their results as Promise.all would. Inside an
 * interactive transaction every query goes over the one connection: `Promise.all` there sends
 * them at once, which node-postgres only queues today (with a deprecation warning: "Calling
 * client.query() when the client is already executing a query", an error from pg 9 on). Prisma's
 * queries start when awaited, so each one is given as a function.
 */
export async function inTurn<const T extends readonly (() => PromiseLike<unknown>)[]>(
  ...tasks: T
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
