import path from "node:path";
import { expect, signInWithoutForm, test, SCREENSHOTS } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";

/**
 * Issue 10, item 6: the audit trail page, where the draw's seed and every override appear. A
 * coordinator finds it in the navigation, narrows it to setup and reads the draw with its seed;
 * the supervisor reads the same trail; a mentor is refused. Then screenshots (phone and laptop,
 * English and Persian): test-results/audit-screens/<locale>-<size>.png.
 */
test("a coordinator reads the draw and its seed in the audit trail; the supervisor too; a mentor cannot", async ({
  page,
  loginAs,
  browser,
}) => {
  await loginAs("coordinator");
  await page.goto("/coordinator");
  await page.getByRole("link", { name: "Audit trail" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Audit entries" }).getByRole("listitem").first()).toBeVisible();

  const filter = page.getByRole("form", { name: "Filter the audit trail" });
  await filter.getByLabel("Area").selectOption({ label: "Setup and people" });
  await filter.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]area=setup/);
  // the demo's draw is the oldest setup entry: page on until it shows
  const drawn = page.getByRole("listitem").filter({ has: page.getByText("mentees.drawn", { exact: true }) });
  // wait for each older page to arrive before looking again: checking the page being left, then
  // clicking, can land on the last page (no "Older entries" link) and wait for ever (CI, PostgreSQL)
  for (let i = 0; i < 20 && !(await drawn.isVisible()); i++) {
    const older = page.getByRole("link", { name: "Older entries" });
    const before = new URL((await older.getAttribute("href"))!, page.url()).searchParams.get("before");
    await older.click();
    await page.waitForURL((url) => url.searchParams.get("before") === before);
  }
  const seed = drawn
    .getByRole("term")
    .filter({ hasText: /^seed$/ })
    .locator("xpath=following-sibling::dd[1]");
  await expect(seed).toHaveText(/^[0-9a-z-]{4,}$/);
  for (const item of await page.getByRole("list", { name: "Audit entries" }).getByRole("listitem").all())
    await expect(item.getByText("Setup and people", { exact: true })).toBeVisible();

  const supervisor = await browser.newPage();
  await signInWithoutForm(supervisor, "supervisor@duomentor.test");
  await supervisor.goto("/supervisor/audit?area=setup");
  await expect(supervisor.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  await expect(supervisor.getByRole("list", { name: "Audit entries" }).getByRole("listitem").first()).toBeVisible();
  await supervisor.close();

  const mentor = await browser.newPage();
  await signInWithoutForm(mentor, "clinical.mentor@duomentor.test");
  const refused = await mentor.goto("/coordinator/audit");
  expect(refused?.status()).toBe(403);
  await expect(mentor.getByText("mentees.drawn")).toHaveCount(0);
  expect((await mentor.goto("/supervisor/audit"))?.status()).toBe(403);
  await mentor.close();
});

const shot = (name: string) => path.join(test.info().project.outputDir, "audit-screens", name);

for (const locale of ["en", "fa"] as const) {
  test(`screenshots: the audit trail in ${locale}`, SCREENSHOTS, async ({ page, loginAs }) => {
    await useLanguage(page, locale);
    await loginAs("coordinator");
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", LAPTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto("/coordinator/audit");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: shot(`${locale}-${size}.png`), fullPage: true });
    }
  });
}
