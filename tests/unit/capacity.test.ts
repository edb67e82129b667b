import { describe, expect, it } from "vitest";
import { nextPlace, placesInArrivalOrder } from "@/lib/db/capacity";

describe("nextPlace: where the next arrival goes", () => {
  it("a free seat while seats are left; the last seat is free, one more is not", () => {
    expect(nextPlace({ capacity: 6, taken: 5 })).toEqual({ kind: "seat" });
    expect(nextPlace({ capacity: 6, taken: 6 })).toEqual({ kind: "full" });
    expect(nextPlace({ capacity: 1, taken: 0 })).toEqual({ kind: "seat" });
    expect(nextPlace({ capacity: null, taken: 10_000 })).toEqual({ kind: "seat" });
  });
  it("a full session with a waitlist: the end of the line, while the line has room", () => {
    expect(nextPlace({ capacity: 30, taken: 30, waiting: 0, waitlist: 10 })).toEqual({ kind: "waitlist", position: 1 });
    expect(nextPlace({ capacity: 30, taken: 30, waiting: 9, waitlist: 10 })).toEqual({
      kind: "waitlist",
      position: 10,
    });
    expect(nextPlace({ capacity: 30, taken: 30, waiting: 10, waitlist: 10 })).toEqual({ kind: "full" });
    expect(nextPlace({ capacity: 30, taken: 30, waiting: 500, waitlist: Infinity })).toEqual({
      kind: "waitlist",
      position: 501,
    });
    // a seat before the line: someone waiting does not keep a free seat empty
    expect(nextPlace({ capacity: 30, taken: 29, waiting: 3, waitlist: 10 })).toEqual({ kind: "seat" });
  });
});

describe("placesInArrivalOrder: first come, first served", () => {
  it("the first `capacity` hold the seats, the others wait 1, 2, ...", () => {
    expect(placesInArrivalOrder(2, ["a", "b", "c", "d"]).map((p) => p.place)).toEqual([
      { kind: "seat" },
      { kind: "seat" },
      { kind: "waitlist", position: 1 },
      { kind: "waitlist", position: 2 },
    ]);
    expect(placesInArrivalOrder(null, ["a", "b"]).every((p) => p.place.kind === "seat")).toBe(true);
    expect(placesInArrivalOrder(0, ["a"])[0]).toEqual({ holder: "a", place: { kind: "waitlist", position: 1 } });
  });
});
