import { describe, expect, it } from "vitest";
import { toCsv, weekMatrix } from "@/lib/reports/rules";

const one = (v: string | number | null) => toCsv(["h"], [[v]]).split("\r\n")[1];

describe("toCsv: formulas neutralised, numbers kept", () => {
  it("prefixes only text that starts like a formula", () => {
    expect(one("=1+1")).toBe("'=1+1");
    expect(one("@SUM")).toBe("'@SUM");
    expect(one("+x")).toBe("'+x");
    expect(one("a=b")).toBe("a=b");
    expect(one("x-1")).toBe("x-1");
  });

  it("keeps negative numbers and decimals as numbers, but not text after them", () => {
    expect(one("-12")).toBe("-12");
    expect(one("-1.25")).toBe("-1.25");
    expect(one(-3.5)).toBe("-3.5");
    expect(one("-1abc")).toBe("'-1abc");
    expect(one("-1.5x")).toBe("'-1.5x");
    expect(one("-1.")).toBe("'-1.");
  });
});

describe("weekMatrix", () => {
  it("ignores rows of keys it was not asked for", () => {
    expect(
      weekMatrix(
        [
          { week: "2026-W10", key: "a", n: 2 },
          { week: "2026-W09", key: "z", n: 5 },
          { week: "2026-W10", key: "a", n: 1 },
        ],
        ["a", "b"],
      ),
    ).toEqual({
      weeks: ["2026-W09", "2026-W10"],
      series: [
        { key: "a", values: [0, 3] },
        { key: "b", values: [0, 0] },
      ],
    });
  });
});
