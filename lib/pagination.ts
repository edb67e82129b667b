/** Page links for long lists. Pure: shared by pages and tests. */

/**
 * The page numbers to link: the first, the last, and two either side of the current one, with
 * null where numbers are left out (1 … 4 5 [6] 7 8 … 1000), so 50,000 people give 7 links, not 1,000.
 */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const keep = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === "number" && n - prev > 1) out.push(null);
    out.push(n);
  }
  return out;
}
