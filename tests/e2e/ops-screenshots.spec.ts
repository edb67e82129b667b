import path from "node:path";
import { expect, test, SCREENSHOTS } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";

/**
 * Screenshots of the coordinator's Staff and People pages (issue 10) at phone and laptop size, in
 * English and Persian, for a person to look at: test-results/ops-screens/<locale>-<size>-<page>.png.
 */
const shot = (name: string) => path.join(test.info().project.outputDir, "ops-screens", name);

for (const locale of ["en", "fa"] as const) {
  test(`staff and people pages in ${locale}`, SCREENSHOTS, async ({ page, loginAs }) => {
    await useLanguage(page, locale);
    await loginAs("coordinator");
    await page.goto("/coordinator/cohorts");
    const href = await page
      .locator("main a[href]")
      .evaluateAll((as) =>
        as.map((a) => a.getAttribute("href") ?? "").find((h) => /^\/coordinator\/cohorts\/[^/]+$/.test(h)),
      );
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", LAPTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const sub of ["staff", "people"]) {
        await page.goto(`${href}/${sub}`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: shot(`${locale}-${size}-${sub}.png`), fullPage: true });
      }
    }
  });
}
