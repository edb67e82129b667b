import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PHONE_CHART_WIDTH, responsiveBars, stackedBars } from "@/lib/reports/chart";
import { cellText, MIN_CELL, reportRange, suppress, toCsv, weekMatrix, whenEnough } from "@/lib/reports/rules";
import { scriptRuns, visualRuns } from "@/lib/pdf/text";

describe("cell suppression", () => {
  it("hides 1 to 4, shows 0 and 5 or more", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map((n) => suppress(n))).toEqual([0, null, null, null, null, 5, 6, 120]);
    expect(cellText(suppress(3))).toBe("<5");
    expect(cellText(suppress(7))).toBe("7");
  });
  it("never shows a count under the minimum, whatever the count (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const shown = suppress(n);
        expect(shown === null || shown === 0 || shown >= MIN_CELL).toBe(true);
        if (shown !== null) expect(shown).toBe(n);
      }),
    );
  });
  it("a value derived from fewer than 5 people is not shown", () => {
    expect(whenEnough(4, 12.5)).toBeNull();
    expect(whenEnough(5, 12.5)).toBe(12.5);
  });
});

describe("CSV", () => {
  it("quotes commas, quotes and line breaks; CRLF rows; empty for null", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", null],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
  });
  it("a typed label that looks like a formula is neutralised; negative numbers are not", () => {
    expect(toCsv(["x"], [["=HYPERLINK(1)"], ["+1"], ["@cmd"], ["-5"], [-5]])).toBe(
      "x\r\n'=HYPERLINK(1)\r\n'+1\r\n'@cmd\r\n-5\r\n-5\r\n",
    );
  });
});

describe("report shapes", () => {
  it("weekMatrix orders weeks and fills zeros per series", () => {
    const m = weekMatrix(
      [
        { week: "2026-10-12", key: "PHONE", n: 5 },
        { week: "2026-10-05", key: "EMAIL", n: 6 },
        { week: "2026-10-12", key: "EMAIL", n: 7 },
      ],
      ["PHONE", "EMAIL"],
    );
    expect(m.weeks).toEqual(["2026-10-05", "2026-10-12"]);
    expect(m.series).toEqual([
      { key: "PHONE", values: [0, 5] },
      { key: "EMAIL", values: [6, 7] },
    ]);
  });
  it("reportRange defaults to the cohort's dates and swaps a reversed range", () => {
    const c = { startsOn: "2026-09-01", endsOn: "2027-06-30" };
    expect(reportRange(c, {})).toEqual({ from: "2026-09-01", to: "2027-06-30" });
    expect(reportRange(c, { from: "2026-12-01", to: "2026-10-01" })).toEqual({ from: "2026-10-01", to: "2026-12-01" });
  });
  it("stacked bars: heights add up to the total, the tallest bar reaches the top tick", () => {
    const g = stackedBars({
      labels: ["a", "b"],
      series: [
        { key: "x", values: [5, 10] },
        { key: "y", values: [5, 0] },
      ],
    });
    const a = g.bars.filter((b) => b.index === 0).reduce((s, b) => s + b.height, 0);
    const b = g.bars.filter((b) => b.index === 1).reduce((s, b) => s + b.height, 0);
    expect(a).toBeCloseTo(b);
    expect(g.bars.filter((b) => b.index === 1)).toHaveLength(1); // a zero draws nothing
    expect(g.yTicks.at(-1)!.value).toBe(10);
  });
  it("a phone gets its own drawing at its width, with half the x labels; small charts only one", () => {
    const weeks = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const input = { labels: weeks, series: [{ key: "n", values: weeks.map((_, i) => i) }] };
    const { wide, narrow } = responsiveBars(input, 640, 240);
    expect(wide.width).toBe(640);
    expect(wide.xLabels.length).toBeLessThanOrEqual(8);
    expect(wide.xLabels.length).toBeGreaterThan(4);
    expect(narrow!.width).toBe(PHONE_CHART_WIDTH);
    expect(narrow!.xLabels.length).toBeLessThanOrEqual(4);
    expect(narrow!.xLabels.length).toBeGreaterThanOrEqual(2);
    // the same bars, only narrower: every week is drawn, the first label is the first week
    expect(narrow!.bars.map((b) => b.value)).toEqual(wide.bars.map((b) => b.value));
    expect(narrow!.xLabels[0].text).toBe("w0");
    expect(narrow!.bars.every((b) => b.x >= narrow!.plot.left && b.x + b.width <= narrow!.plot.right)).toBe(true);
    expect(responsiveBars(input, PHONE_CHART_WIDTH, 200).narrow).toBeUndefined();
    // spacer bars with blank labels (the outcomes histogram) never take a label's place
    const bands = Array.from({ length: 10 }, (_, i) => `${i * 10}`).flatMap((b) => [b, ""]);
    const spaced = responsiveBars({ labels: bands, series: [] }, 640, 200);
    for (const g of [spaced.wide, spaced.narrow!]) expect(g.xLabels.every((l) => l.text !== "")).toBe(true);
    expect(spaced.narrow!.xLabels.length).toBeGreaterThanOrEqual(3);
    // at most maxLabels, whatever the number of weeks (property over a range)
    for (let n = 1; n <= 60; n++) {
      const labels = Array.from({ length: n }, (_, i) => String(i));
      const g = stackedBars({ labels, series: [] }, 340, 200, { maxLabels: 4 });
      expect(g.xLabels.length).toBeLessThanOrEqual(4);
      expect(g.xLabels.length).toBeGreaterThanOrEqual(Math.min(n, 1));
    }
  });
});

describe("PDF text runs", () => {
  it("splits scripts and keeps neutral characters in the run", () => {
    expect(scriptRuns("Group 1: گروه یک 그룹")).toEqual([
      { text: "Group 1: ", script: "latin" },
      { text: "گروه یک ", script: "arabic" },
      { text: "그룹", script: "hangul" },
    ]);
  });
  it("right to left: runs reversed; Persian numbers handed over reversed (fontkit reverses them back)", () => {
    expect(visualRuns("گزارش ۱۲۳ تماس", true)).toEqual([
      { text: " تماس", script: "arabic" },
      { text: "۳۲۱", script: "arabic" },
      { text: "گزارش ", script: "arabic" },
    ]);
    expect(visualRuns("Report 123", false)).toEqual([{ text: "Report 123", script: "latin" }]);
  });
});
