/**
 * Where arrivals go when seats are counted (lib/db/capacity.ts does the locking and counting):
 * pure, so rules files (the areas' rules.ts) may use it.
 */
export type Place = { kind: "seat" } | { kind: "waitlist"; position: number } | { kind: "full" };

/**
 * Where the next arrival goes: a free seat; else the end of the waitlist (position 1 = next in
 * line) while it has room; else nowhere. `capacity` null: unlimited seats. `waitlist`: how many
 * may wait (0: no waitlist; Infinity: no limit).
 */
export function nextPlace(f: { capacity: number | null; taken: number; waiting?: number; waitlist?: number }): Place {
  if (f.capacity === null || f.taken < f.capacity) return { kind: "seat" };
  const waiting = f.waiting ?? 0;
  if (waiting < (f.waitlist ?? 0)) return { kind: "waitlist", position: waiting + 1 };
  return { kind: "full" };
}

/**
 * Places of holders in arrival order, first come, first served: the first `capacity` hold the
 * seats, the others wait with positions 1, 2, ... (a seat freed: the first waiting one moves up).
 */
export function placesInArrivalOrder<T>(capacity: number | null, holders: readonly T[]): { holder: T; place: Place }[] {
  return holders.map((holder, i) => ({
    holder,
    place:
      capacity === null || i < capacity
        ? { kind: "seat" as const }
        : { kind: "waitlist" as const, position: i - capacity + 1 },
  }));
}
