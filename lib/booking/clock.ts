/** The booking rules' "now": one place, so tests can move time with vi.setSystemTime. */
export function clock(): Date {
  return new Date();
}
