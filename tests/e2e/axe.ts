import type { Page } from "@playwright/test";
import axeCore from "axe-core";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what every page must pass (decision 071). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's violations on the page as it is now, for the given tags. axe is injected once per
 * document and `axe.run` is called in the page itself. @axe-core/playwright's `analyze()` re-injects
 * axe into every frame on each call and finishes the run in a newly opened blank page, which costs
 * about a second per call here whatever the page (measured on the coordinator's 24 pages: 66 s
 * with it, 28 s with this). Our pages have no frames, so `axe.run` sees exactly what it sees.
 */
export async function axeViolations(page: Page, tags: string[] = WCAG_TAGS): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeCore.source);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: typeof axeCore }).axe;
    const results = await axe.run(document, { runOnly: { type: "tag", values }, resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => ({ target: n.target.map((t) => (Array.isArray(t) ? t.join(" ") : String(t))) })),
    }));
  }, tags);
}

/**
 * How many CSS pixels the whole page is wider than the viewport (0 when it fits). WCAG 1.4.10
 * (reflow), which axe does not check: at phone width nothing may make the page scroll sideways;
 * a wide table scrolls inside its own region instead.
 */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}
