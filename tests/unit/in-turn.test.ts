import { describe, expect, it } from "vitest";
import { inTurn } from "@/lib/db/in-turn";

describe("inTurn", () => {
  it("starts each task only after the one before has finished, and keeps the order of results", async () => {
    const log: string[] = [];
    const task = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          resolve(name);
        }, ms);
      });
    const results = await inTurn(task("a", 20), task("b", 1), task("c", 5));
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("stops at the first failure (the later tasks are not started)", async () => {
    let started = 0;
    await expect(
      inTurn(
        async () => {
          started++;
          throw new Error("first");
        },
        async () => {
          started++;
          return 1;
        },
      ),
    ).rejects.toThrow("first");
    expect(started).toBe(1);
  });
});
