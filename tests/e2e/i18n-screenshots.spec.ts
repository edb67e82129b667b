import path from "node:path";
import { test, expect, signInWithoutForm, DEMO_LOGINS } from "./fixtures";
import { PHONE, useLanguage } from "./i18n-helpers";

/**
 * Screenshots of the sign-in page and a mentor's home at phone size in each language, for a
 * person to look at (mirroring, glyphs): test-results/i18n-screens/<locale>-<page>.png.
 */
test.use({ viewport: PHONE });

const shot = (name: string) => path.join(test.info().project.outputDir, "i18n-screens", name);

for (const locale of ["en", "fa", "ko"] as const) {
  test(`screenshots in ${locale}`, async ({ page }) => {
    await useLanguage(page, locale);
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: shot(`${locale}-login.png`), fullPage: true });
    await signInWithoutForm(page, DEMO_LOGINS.mentor);
    await page.goto("/mentor");
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: shot(`${locale}-mentor.png`) });
  });
}
