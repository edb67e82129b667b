/**
 * Chart geometry, computed once with d3-scale and drawn twice: as SVG on the page
 * (components/reports/bar-chart.tsx) and as vector shapes in the PDF (lib/reports/pdf.ts).
 * Pure: numbers in, rectangles and ticks out.
 */
import { scaleBand, scaleLinear } from "d3-scale";

export const PALETTE = ["#0f766e", "#2563eb", "#7c3aed", "#d97706", "#be123c", "#4d7c0f"];

export interface StackedInput {
  /** one label per bar (x axis) */
  labels: string[];
  series: { key: string; values: number[] }[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: {
    x: number;
    y: number;
    width: number;
    height: number;
    colour: string;
    series: string;
    index: number;
    value: number;
  }[];
  yTicks: { y: number; value: number }[];
  xLabels: { x: number; text: string; index: number }[];
  /** where the y axis and its labels are: left, or right when the bars run right to left */
  yAxis: "left" | "right";
}

export interface ChartOptions {
  /** right to left (Persian): the first bar (the earliest week) on the right, the y axis on the right */
  rtl?: boolean;
  /** a fixed top of the y axis (100 for percentages); otherwise the largest bar, rounded up */
  yMax?: number;
  /** at most this many x labels, evenly spaced (default 8) */
  maxLabels?: number;
}

/** The width a chart is drawn at for phones: about a phone's content width, so 11 px text stays 11 px. */
export const PHONE_CHART_WIDTH = 340;

/**
 * The same chart twice: at `width` for wider screens and at the phone's width with half as many
 * x labels (a 640-wide chart shrunk onto a phone draws its labels at about 6 px).
 */
export function responsiveBars(
  input: StackedInput,
  width: number,
  height: number,
  opts: ChartOptions = {},
): { wide: ChartGeometry; narrow?: ChartGeometry } {
  const wide = stackedBars(input, width, height, opts);
  if (width <= PHONE_CHART_WIDTH) return { wide };
  const maxLabels = Math.max(2, Math.floor((opts.maxLabels ?? 8) / 2));
  return { wide, narrow: stackedBars(input, PHONE_CHART_WIDTH, height, { ...opts, maxLabels }) };
}

/**
 * A stacked bar chart: one bar per label, one colour per series; y ticks at whole numbers. Right
 * to left, the bars run from the right (time axes read the way the language does) and the y
 * axis is on the right; the SVG itself stays left to right (its coordinates are geometry).
 */
export function stackedBars(input: StackedInput, width = 640, height = 240, opts: ChartOptions = {}): ChartGeometry {
  const rtl = opts.rtl ?? false;
  const plot = rtl
    ? { left: 8, top: 8, right: width - 36, bottom: height - 28 }
    : { left: 36, top: 8, right: width - 8, bottom: height - 28 };
  const totals = input.labels.map((_, i) => input.series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const max = opts.yMax ?? Math.max(1, ...totals);
  const x = scaleBand<number>()
    .domain(input.labels.map((_, i) => i))
    .range(rtl ? [plot.right, plot.left] : [plot.left, plot.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const y = scaleLinear().domain([0, max]).nice().range([plot.bottom, plot.top]);
  const bars: ChartGeometry["bars"] = [];
  input.labels.forEach((_, i) => {
    let base = 0;
    input.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      if (v <= 0) return;
      const top = y(base + v);
      bars.push({
        x: x(i)!,
        y: top,
        width: x.bandwidth(),
        height: y(base) - top,
        colour: PALETTE[k % PALETTE.length],
        series: s.key,
        index: i,
        value: v,
      });
      base += v;
    });
  });
  const yTicks = y
    .ticks(Math.min(5, y.domain()[1]))
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ y: y(value), value }));
  // At most ~8 x labels (maxLabels), evenly spaced, so weeks stay readable.
  // Blank labels (the outcomes histogram's spacer bars) are never chosen.
  const labelled = input.labels
    .map((text, index) => ({ x: x(index)! + x.bandwidth() / 2, text, index }))
    .filter((l) => l.text !== "");
  const step = Math.max(1, Math.ceil(labelled.length / (opts.maxLabels ?? 8)));
  const xLabels = labelled.filter((_, k) => k % step === 0);
  return { width, height, plot, bars, yTicks, xLabels, yAxis: rtl ? "right" : "left" };
}
