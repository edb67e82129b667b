import type { ReactNode } from "react";
import { cx } from "./cx";

export interface Column<T> {
  /** unique per table (React key) */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** numbers: right-aligned, tabular figures */
  numeric?: boolean;
  /** this column names the row (a `th scope="row"`): usually the first */
  rowHeader?: boolean;
}

/**
 * The one data table: a caption (its accessible name), column headers with `scope="col"`, the
 * row's name cell with `scope="row"`, and a scroll region for narrow screens that keyboard users
 * can reach and scroll (role="region", a name, tabIndex 0: axe's scrollable-region-focusable).
 * No client code: usable from server and client components alike.
 *
 *   <DataTable caption="Mentor load" rows={load} rowKey={(m) => m.id}
 *     columns={[{ key: "name", header: "Mentor", rowHeader: true, cell: (m) => m.name }, …]} />
 */
export function DataTable<T>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  minWidth = "min-w-md",
  className,
  tone = "plain",
}: {
  /** names the table (and its scroll region) for screen readers and tests */
  caption: string;
  /** show the caption above the table (default: only to screen readers, when a heading says it) */
  captionVisible?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** the width below which the table scrolls sideways (a Tailwind min-width class) */
  minWidth?: string;
  className?: string;
  /** "alert": inside a red alert box (import problems) */
  tone?: "plain" | "alert";
}) {
  const line = tone === "alert" ? "border-red-200" : "border-stone-200";
  const rowLine = tone === "alert" ? "divide-red-200" : "divide-stone-100";
  const pad = (i: number) => (i === columns.length - 1 ? "py-2" : "py-2 pe-3");
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className={cx(
        "focus-visible:ring-brand-500 relative overflow-x-auto rounded-md focus:outline-none focus-visible:ring-2",
        className,
      )}
    >
      <table className={cx("w-full text-start text-sm", minWidth)}>
        <caption
          className={captionVisible ? "mb-2 caption-top text-start text-sm font-medium text-stone-800" : "sr-only"}
        >
          {caption}
        </caption>
        <thead className={cx("border-b", line, tone === "alert" ? "" : "text-stone-600")}>
          <tr>
            {columns.map((c, i) => (
              <th key={c.key} scope="col" className={cx(pad(i), "font-medium", c.numeric ? "text-end" : "text-start")}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={cx("divide-y align-top", rowLine)}>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                const cls = cx(pad(i), c.numeric && "text-end tabular-nums");
                return c.rowHeader ? (
                  <th key={c.key} scope="row" className={cx(cls, "font-medium", !c.numeric && "text-start")}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cls}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
