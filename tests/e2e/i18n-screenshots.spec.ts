import path from "node:path";
import { test, expect, signInWithoutForm, DEMO_LOGINS, SCREENSHOTS } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";

/**
 * Screenshots of the sign-in page and a mentor's home at phone size in each language, for a
 * person to look at (mirroring, glyphs): test-results/i18n-screens/<locale>-<page>.png.
 */
test.use({ viewport: PHONE });

const shot = (name: string) => path.join(test.info().project.outputDir, "i18n-screens", name);

for (const locale of ["en", "fa", "ko"] as const) {
  test(`screenshots in ${locale}`, SCREENSHOTS, async ({ page }) => {
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

/**
 * The pairing pages (issue 15: components/pairing in the catalogs) in Persian and Korean, at
 * phone and laptop size: the coordinator's groups page and a mentee's home with the agreement
 * card: test-results/i18n-screens/<locale>-<size>-groups.png / -mentee.png.
 */
for (const locale of ["fa", "ko"] as const) {
  test(`pairing pages in ${locale}, phone and laptop`, async ({ page }) => {
    test.setTimeout(120_000);
    await useLanguage(page, locale);
    await signInWithoutForm(page, DEMO_LOGINS.coordinator);
    await page.goto("/coordinator/cohorts");
    await page
      .getByRole("link", { name: /Dual Peer Mentoring 2026-2027/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /Dual Peer Mentoring 2026-2027/ })).toBeVisible();
    const groups = `${new URL(page.url()).pathname}/groups`;
    const mentorPairs = { fa: "۱. زوج‌های منتور", ko: "1. 멘토 짝" }[locale];
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", LAPTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(groups);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { name: mentorPairs })).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: shot(`${locale}-${size}-groups.png`), fullPage: size === "laptop" });
    }
    await signInWithoutForm(page, DEMO_LOGINS.mentee);
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", LAPTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto("/mentee");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: shot(`${locale}-${size}-mentee.png`), fullPage: true });
    }
  });
}

/**
 * The Persian mentee home at phone size (issue 15): the mentors' phone buttons read "تماس با"
 * and then the number, left to right in its own isolate, with the space between them kept:
 * test-results/i18n-screens/fa-phone-mentee-call.png.
 */
test("the Persian mentee home's call buttons: the number isolated, after a space", async ({ page }) => {
  await useLanguage(page, "fa");
  await signInWithoutForm(page, DEMO_LOGINS.mentee);
  await page.goto("/mentee");
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  const call = page.getByRole("link", { name: /^تماس با / }).first();
  await expect(call).toBeVisible();
  await expect(call.locator('bdi[dir="ltr"]')).toHaveText(/^\+?[\d\s()-]+$/);
  // the rendered text (innerText follows the layout): a space before the number, not "با+49"
  expect(await call.evaluate((a) => (a as HTMLElement).innerText)).toMatch(/^تماس با \+?\d/);
  await call.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: shot("fa-phone-mentee-call.png") });
});
