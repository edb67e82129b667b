import type { ChartGeometry } from "@/lib/reports/chart";

/**
 * A chart as server-rendered SVG (no client code). It is an image with a name and a description;
 * its numbers are in the table that always accompanies it (the text alternative). With `narrow`
 * (lib/reports/chart.ts responsiveBars), phones get that drawing instead, so its labels keep their
 * size; the other one is display:none, out of the accessibility tree too.
 */
export function BarChart({
  geometry,
  narrow,
  title,
  description,
  legend,
  formatTick,
}: {
  geometry: ChartGeometry;
  narrow?: ChartGeometry;
  title: string;
  description: string;
  legend: { label: string; colour: string }[];
  formatTick: (n: number) => string;
}) {
  const drawing = { title, description, formatTick };
  return (
    <figure className="space-y-2">
      {narrow ? (
        <>
          <ChartSvg g={narrow} className="sm:hidden" {...drawing} />
          <ChartSvg g={geometry} className="hidden sm:block" {...drawing} />
        </>
      ) : (
        <ChartSvg g={geometry} {...drawing} />
      )}
      {legend.length > 1 && (
        <figcaption>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
            {legend.map((l) => (
              <li key={l.label} className="flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className="inline-block size-3 rounded-sm"
                  style={{ backgroundColor: l.colour }}
                />
                {l.label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}

function ChartSvg({
  g,
  className = "",
  title,
  description,
  formatTick,
}: {
  g: ChartGeometry;
  className?: string;
  title: string;
  description: string;
  formatTick: (n: number) => string;
}) {
  return (
    <svg
      viewBox={`0 0 ${g.width} ${g.height}`}
      role="img"
      aria-label={title}
      className={`h-auto w-full ${className}`}
      direction="ltr"
    >
      <title>{title}</title>
      <desc>{description}</desc>
      {g.yTicks.map((t) => (
        <g key={t.value}>
          <line x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} stroke="#e7e5e4" />
          <text
            x={g.yAxis === "right" ? g.plot.right + 6 : g.plot.left - 6}
            y={t.y + 4}
            textAnchor={g.yAxis === "right" ? "start" : "end"}
            fontSize="11"
            fill="#57534e"
          >
            {formatTick(t.value)}
          </text>
        </g>
      ))}
      {g.bars.map((b) => (
        <rect key={`${b.index}-${b.series}`} x={b.x} y={b.y} width={b.width} height={b.height} fill={b.colour} />
      ))}
      {g.xLabels.map((l) => (
        <text
          key={l.index}
          x={l.x}
          y={g.plot.bottom + 16}
          textAnchor="middle"
          fontSize="11"
          fill="#57534e"
          // a Persian date label keeps its own word order inside the left-to-right SVG
          direction={g.yAxis === "right" ? "rtl" : undefined}
        >
          {l.text}
        </text>
      ))}
    </svg>
  );
}
