import path from "node:path";
import { DEMO_EMAILS } from "../../lib/demo/seed-demo";
import { expect, signInWithoutForm, test, SCREENSHOTS } from "./fixtures";
import { PHONE, useLanguage } from "./i18n-helpers";

/**
 * Screenshots of the pages issue 11's items 6-8 changed, for a person to look at: availability
 * (four weeks, the form), email templates (preview with a sample mentee, the send log) and the
 * supervisor's referral page (one step, the trail), at 390×844 and 1280×800, in English and
 * Persian: test-results/daily-flows-screens/<locale>-<size>-<page>.png. Reads only.
 */
const shot = (name: string) => path.join(test.info().project.outputDir, "daily-flows-screens", name);

for (const locale of ["en", "fa"] as const) {
  test(`daily-flows screenshots in ${locale}`, SCREENSHOTS, async ({ browser }) => {
    test.setTimeout(120_000);
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", { width: 1280, height: 800 }],
    ] as const) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await useLanguage(page, locale);
      await signInWithoutForm(page, DEMO_EMAILS.clinicalMentor);
      await page.goto("/mentor/availability");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: shot(`${locale}-${size}-availability.png`), fullPage: true });
      await page.goto("/mentor/templates");
      const form = page.getByRole("form").first();
      await form.locator("select#templateId").selectOption({ index: 1 });
      await form.locator("select#target").selectOption({ index: 1 });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: shot(`${locale}-${size}-templates.png`), fullPage: true });
      await context.close();

      const sup = await browser.newContext({ viewport });
      const sp = await sup.newPage();
      await useLanguage(sp, locale);
      await signInWithoutForm(sp, DEMO_EMAILS.supervisor);
      await sp.goto("/supervisor");
      const href = await sp.locator('main a[href^="/supervisor/referrals/"]').first().getAttribute("href");
      await sp.goto(href!);
      await sp.evaluate(() => document.fonts.ready);
      await sp.screenshot({ path: shot(`${locale}-${size}-supervisor-referral.png`), fullPage: true });
      await sp.goto("/supervisor");
      await sp.screenshot({ path: shot(`${locale}-${size}-supervisor-queue.png`), fullPage: true });
      await sup.close();
    }
  });
}
