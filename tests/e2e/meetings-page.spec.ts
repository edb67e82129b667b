import { expect, test } from "./fixtures";
import { PHONE } from "./i18n-helpers";

/**
 * Issue 17, item 3: the coordinator's meetings page shows one week at a time in one table (no
 * phone copy of the same rows), with the weeks as links, and the next bookings in pages of 25.
 */
test("the coordinator's meetings: one week in one table, weeks as links, bookings in pages", async ({
  page,
  loginAs,
}) => {
  await loginAs("coordinator");
  await page.setViewportSize(PHONE);
  await page.goto("/coordinator/meetings");
  const weeks = page.getByRole("navigation", { name: "Weeks" });
  await expect(weeks.getByRole("link")).toHaveCount(9);
  await expect(weeks.getByRole("link", { name: /^This week/ })).toHaveAttribute("aria-current", "page");

  // the demo's pairs offer times in the coming weeks: find a week with a table
  const table = page.getByRole("table", { name: /^Meetings per pair in the week of/ });
  const hrefs = await weeks.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  for (const href of hrefs) {
    await page.goto(href);
    await expect(weeks.getByRole("link", { name: /./ }).and(page.locator('[aria-current="page"]'))).toHaveAttribute(
      "href",
      href,
    );
    if ((await table.count()) > 0) break;
  }
  await expect(table).toBeVisible();
  const rows = table.getByRole("row");
  expect(await rows.count()).toBeGreaterThan(1);
  // each pair once on the page: the table is the only copy
  const first = (await table.getByRole("rowheader").first().textContent())!.trim();
  await expect(page.getByRole("main").getByText(first, { exact: true })).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]week=\d{4}-\d{2}-\d{2}|\/coordinator\/meetings$/);

  const booked = page.getByRole("list", { name: "Booked meetings" });
  if (await booked.isVisible()) expect(await booked.getByRole("listitem").count()).toBeLessThanOrEqual(25);
});
