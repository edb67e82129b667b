/**
 * The app's one "now". Rules never read the clock (rules.ts files are pure and take `now` as an
 * argument); actions, queries and jobs call clock() and pass it in, so tests can move time with
 * vi.setSystemTime and every rule of one request sees the same instant.
 */
export function clock(): Date {
  return new Date();
}
