import path from "node:path";
import { DEMO_LOGINS, expect, signInWithoutForm, test, SCREENSHOTS } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";

/**
 * Screenshots of the surveys pages for a person to look at, phone and laptop, English and Persian:
 * test-results/surveys-screens/<locale>-<size>-<page>.png (the results of the demo's closed
 * evaluation, the list, answering on a phone, a mentor's feedback, the supervisor's overview).
 */
const shot = (name: string) => path.join(test.info().project.outputDir, "surveys-screens", name);

for (const locale of ["en", "fa"] as const) {
  for (const [size, viewport] of [
    ["phone", PHONE],
    ["laptop", LAPTOP],
  ] as const) {
    test(`surveys screenshots, ${locale}, ${size}`, SCREENSHOTS, async ({ page }) => {
      await page.setViewportSize(viewport);
      await useLanguage(page, locale);
      const snap = async (name: string) => {
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: shot(`${locale}-${size}-${name}.png`), fullPage: true });
      };
      await signInWithoutForm(page, DEMO_LOGINS.coordinator);
      await page.goto("/coordinator/surveys");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await snap("coordinator-list");
      const href = await page
        .locator("main a[href^='/coordinator/surveys/']")
        .filter({ hasText: "End of first block" })
        .getAttribute("href");
      await page.goto(href!);
      await snap("coordinator-results");

      await page.context().clearCookies();
      await useLanguage(page, locale);
      await signInWithoutForm(page, DEMO_LOGINS.mentee);
      await page.goto("/mentee/surveys");
      await snap("mentee-list");
      const answer = await page.locator("main a[href^='/mentee/surveys/']").first().getAttribute("href");
      await page.goto(answer!);
      await snap("mentee-answer");

      await page.context().clearCookies();
      await useLanguage(page, locale);
      await signInWithoutForm(page, DEMO_LOGINS.mentor);
      await page.goto("/mentor/feedback");
      await snap("mentor-feedback");

      await page.context().clearCookies();
      await useLanguage(page, locale);
      await signInWithoutForm(page, DEMO_LOGINS.supervisor);
      await page.goto("/supervisor/feedback");
      await snap("supervisor-feedback");
    });
  }
}
