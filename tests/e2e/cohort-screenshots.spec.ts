import path from "node:path";
import { expect, test } from "./fixtures";
import { PHONE, useLanguage } from "./i18n-helpers";
import { axeViolations } from "./axe";

/**
 * Screenshots of the cohort switcher (open) and of the activation confirmation (issue 10, item 4)
 * at phone and laptop size, in English and Persian, for a person to look at:
 * test-results/cohort-screens/<locale>-<size>-<what>.png. Both open states are also checked with
 * axe (the sweep, tests/e2e/a11y.spec.ts, sees them closed).
 */
const LAPTOP = { width: 1280, height: 800 };
const shot = (name: string) => path.join(test.info().project.outputDir, "cohort-screens", name);

test("the cohort switcher and the activation confirmation, en and fa", async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  await useLanguage(page, "en");
  await loginAs("coordinator");
  // a draft next to the active demo cohort
  await page.goto("/coordinator/cohorts");
  await page.getByRole("link", { name: /Dual Peer Mentoring 2026-2027/ }).click();
  const rollover = page.getByRole("form", { name: "Roll over" });
  await rollover.getByLabel("Name of the new cohort").fill("Dual Peer Mentoring 2027-2028 (screens)");
  await rollover.getByRole("button", { name: "Create next year's cohort" }).click();
  await rollover.getByRole("link", { name: "Open the new cohort" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /screens/ })).toBeVisible();
  const draftUrl = page.url();

  for (const locale of ["en", "fa"] as const) {
    await useLanguage(page, locale);
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", LAPTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(draftUrl);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.evaluate(() => document.fonts.ready);
      const toggle = page.locator("main nav button[aria-expanded]").first();
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shot(`${locale}-${size}-switcher.png`) });
      await toggle.click();
      const activate = page.locator("form").filter({ has: page.locator('input[name="to"][value="ACTIVE"]') });
      await activate.getByRole("button").first().click();
      const confirm = activate.getByRole("group");
      await expect(confirm).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await confirm.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot(`${locale}-${size}-activate.png`) });
    }
  }
});
