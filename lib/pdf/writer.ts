/**
 * A small page writer on pdfkit for the report and the certificates: fonts that cover English,
 * Persian and Korean embedded (subset) in the file, lines drawn run by run in visual order
 * (lib/pdf/text.ts), simple tables and bar charts from lib/reports/chart.ts geometry.
 * Fonts: Vazirmatn (Arabic script and Latin, from @fontsource/vazirmatn) and Noto Sans CJK KR
 * (Debian's fonts-noto-cjk, installed by .ci/run) for Hangul. Decision 131.
 */
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { ChartGeometry } from "../reports/chart";
import { visualRuns, type Script } from "./text";

const FONTSOURCE = path.join(process.cwd(), "node_modules", "@fontsource", "vazirmatn", "files");
const CJK_DIR = "/usr/share/fonts/opentype/noto";

type Weight = "regular" | "bold";

export interface LineOptions {
  size?: number;
  weight?: Weight;
  colour?: string;
  /** "start" follows the direction (right in Persian) */
  align?: "start" | "end" | "center";
  x?: number;
  width?: number;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly rtl: boolean;
  y: number;
  readonly left = 50;
  readonly right: number;
  readonly bottom: number;
  private fonts = new Set<string>();

  constructor(opts: { rtl: boolean; title: string; size?: "A4" }) {
    this.doc = new PDFDocument({ size: opts.size ?? "A4", margin: 50, info: { Title: opts.title }, lang: undefined });
    this.rtl = opts.rtl;
    this.right = this.doc.page.width - 50;
    this.bottom = this.doc.page.height - 60;
    this.y = 50;
    const reg = (name: string, file: string, family?: string) => {
      if (!fs.existsSync(file)) return;
      this.doc.registerFont(name, file, family);
      this.fonts.add(name);
    };
    for (const w of ["regular", "bold"] as const) {
      const n = w === "bold" ? 700 : 400;
      reg(`arabic-${w}`, path.join(FONTSOURCE, `vazirmatn-arabic-${n}-normal.woff`));
      reg(`latin-${w}`, path.join(FONTSOURCE, `vazirmatn-latin-${n}-normal.woff`));
      const cjk = path.join(CJK_DIR, w === "bold" ? "NotoSansCJK-Bold.ttc" : "NotoSansCJK-Regular.ttc");
      reg(`hangul-${w}`, cjk, w === "bold" ? "NotoSansCJKkr-Bold" : "NotoSansCJKkr-Regular");
    }
  }

  private font(script: Script, weight: Weight): string {
    const name = `${script}-${weight}`;
    if (this.fonts.has(name)) return name;
    return this.fonts.has(`latin-${weight}`) ? `latin-${weight}` : weight === "bold" ? "Helvetica-Bold" : "Helvetica";
  }

  /** The width of a line as it would be drawn. */
  measure(text: string, size = 10, weight: Weight = "regular"): number {
    return visualRuns(text, this.rtl).reduce(
      (w, r) => w + this.doc.font(this.font(r.script, weight)).fontSize(size).widthOfString(r.text),
      0,
    );
  }

  /** One line at `y` (no wrapping), aligned in [x, x + width]. */
  line(text: string, y: number, o: LineOptions = {}) {
    const size = o.size ?? 10;
    const weight = o.weight ?? "regular";
    const x0 = o.x ?? this.left;
    const width = o.width ?? this.right - x0;
    const runs = visualRuns(text, this.rtl);
    const widths = runs.map((r) => this.doc.font(this.font(r.script, weight)).fontSize(size).widthOfString(r.text));
    const total = widths.reduce((a, b) => a + b, 0);
    const align = o.align ?? "start";
    const atEnd = (align === "start" && this.rtl) || (align === "end" && !this.rtl);
    let x = align === "center" ? x0 + (width - total) / 2 : atEnd ? x0 + width - total : x0;
    this.doc.fillColor(o.colour ?? "#1c1917");
    runs.forEach((r, i) => {
      this.doc.font(this.font(r.script, weight)).fontSize(size).text(r.text, x, y, { lineBreak: false });
      x += widths[i];
    });
  }

  /** Wrapped text from the current position; moves `y` on. */
  paragraph(text: string, o: LineOptions = {}) {
    const size = o.size ?? 10;
    const width = o.width ?? this.right - this.left;
    let current = "";
    const lines: string[] = [];
    for (const word of text.split(/\s+/)) {
      const next = current ? `${current} ${word}` : word;
      if (current && this.measure(next, size, o.weight) > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    if (current) lines.push(current);
    for (const l of lines) {
      this.ensure(size * 1.6);
      this.line(l, this.y, o);
      this.y += size * 1.6;
    }
  }

  heading(text: string, size = 14) {
    this.ensure(size * 3);
    this.y += size * 0.6;
    this.line(text, this.y, { size, weight: "bold" });
    this.y += size * 1.7;
  }

  /** A new page when fewer than `height` points are left. */
  ensure(height: number) {
    if (this.y + height <= this.bottom) return;
    this.doc.addPage();
    this.y = 50;
  }

  /** A table: the first column wider, numbers aligned to the end. Columns mirror right to left. */
  table(header: string[], rows: string[][], numericFrom: number) {
    const width = this.right - this.left;
    const first = header.length === 1 ? width : Math.max(width * 0.34, width / header.length);
    const rest = header.length > 1 ? (width - first) / (header.length - 1) : 0;
    const cols = header.map((_, i) => {
      const start = i === 0 ? 0 : first + (i - 1) * rest;
      const w = i === 0 ? first : rest;
      return { x: this.rtl ? this.right - start - w : this.left + start, w };
    });
    const row = (cells: string[], weight: Weight) => {
      this.ensure(18);
      cells.forEach((c, i) =>
        this.line(c, this.y, {
          size: 9,
          weight,
          x: cols[i].x + 2,
          width: cols[i].w - 4,
          align: i >= numericFrom ? "end" : "start",
        }),
      );
      this.y += 14;
      this.doc
        .moveTo(this.left, this.y - 2)
        .lineTo(this.right, this.y - 2)
        .lineWidth(0.5)
        .strokeColor("#e7e5e4")
        .stroke();
    };
    row(header, "bold");
    for (const r of rows) row(r, "regular");
    this.y += 8;
  }

  /** A bar chart from its geometry, scaled to the page width; y tick labels as given. */
  chart(g: ChartGeometry, tick: (n: number) => string, legend: { label: string; colour: string }[] = []) {
    const scale = (this.right - this.left) / g.width;
    const h = g.height * scale;
    this.ensure(h + 30);
    const ox = this.left;
    const oy = this.y;
    for (const t of g.yTicks) {
      this.doc
        .moveTo(ox + g.plot.left * scale, oy + t.y * scale)
        .lineTo(ox + g.plot.right * scale, oy + t.y * scale)
        .lineWidth(0.5)
        .strokeColor("#e7e5e4")
        .stroke();
      // the labels sit beside the y axis, on the chart's left or right (right to left charts)
      const onRight = g.yAxis === "right";
      this.line(tick(t.value), oy + t.y * scale - 4, {
        size: 7,
        x: onRight ? ox + g.plot.right * scale + 4 : ox,
        width: onRight ? (g.width - g.plot.right) * scale - 4 : g.plot.left * scale - 4,
        // physically right-aligned beside a left axis, left-aligned beside a right one
        align: onRight !== this.rtl ? "start" : "end",
      });
    }
    for (const b of g.bars)
      this.doc.rect(ox + b.x * scale, oy + b.y * scale, b.width * scale, b.height * scale).fill(b.colour);
    for (const l of g.xLabels)
      this.line(l.text, oy + (g.plot.bottom + 6) * scale, {
        size: 7,
        x: ox + l.x * scale - 40,
        width: 80,
        align: "center",
      });
    this.y = oy + h + 6;
    if (legend.length > 0) {
      let x = this.left;
      for (const l of legend) {
        this.doc.rect(x, this.y + 2, 7, 7).fill(l.colour);
        this.line(l.label, this.y, { size: 8, x: x + 10, width: 200, align: this.rtl ? "end" : "start" });
        x += 10 + this.measure(l.label, 8) + 14;
      }
      this.y += 16;
    }
  }

  /** The finished file. */
  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    this.doc.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve) => this.doc.on("end", () => resolve()));
    this.doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}
