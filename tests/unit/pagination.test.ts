import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageWindow } from "@/lib/pagination";

describe("page links", () => {
  it("links the first, the last and two either side, with gaps between", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(6, 1000)).toEqual([1, null, 4, 5, 6, 7, 8, null, 1000]);
    expect(pageWindow(1, 1000)).toEqual([1, 2, 3, null, 1000]);
    expect(pageWindow(1000, 1000)).toEqual([1, null, 998, 999, 1000]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("for any list: at most 9 entries, ascending, the current page, the ends, never a gap of one page", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (pages, k) => {
        const page = (k % pages) + 1;
        const w = pageWindow(page, pages);
        expect(w.length).toBeLessThanOrEqual(9);
        const nums = w.filter((n): n is number => n !== null);
        expect(nums).toContain(page);
        expect(nums[0]).toBe(1);
        expect(nums[nums.length - 1]).toBe(pages);
        for (let i = 1; i < nums.length; i++) expect(nums[i]!).toBeGreaterThan(nums[i - 1]!);
        w.forEach((n, i) => {
          if (n === null) expect((w[i + 1] as number) - (w[i - 1] as number)).toBeGreaterThan(1);
        });
      }),
    );
  });
});
