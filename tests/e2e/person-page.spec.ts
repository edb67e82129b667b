import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO_EMAILS } from "../../lib/demo/seed-demo";
import { expect, test } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";
import { axeViolations } from "./axe";

/**
 * Issue 10, item 2: People filtered by status with page links, and a person page where the
 * coordinator enters a student number by hand and cannot take an email another account uses.
 * Then axe and screenshots of the person page (phone and laptop, en and fa):
 * test-results/person-screens/<locale>-<size>.png.
 */

async function peoplePage(page: Page): Promise<string> {
  await page.goto("/coordinator/cohorts");
  // the demo cohort (other specs add draft cohorts, listed first); the list streams in after load
  await page
    .locator('main a[href^="/coordinator/cohorts/c"]', { hasText: "Dual Peer Mentoring 2026-2027" })
    .first()
    .waitFor();
  const href = await page.locator("main a[href]").evaluateAll((as) =>
    as
      .filter((a) => a.textContent?.includes("Dual Peer Mentoring 2026-2027"))
      .map((a) => a.getAttribute("href") ?? "")
      .find((h) => /^\/coordinator\/cohorts\/c[^/]+$/.test(h)),
  );
  expect(href, "the demo cohort's link on /coordinator/cohorts").toBeTruthy();
  await page.goto(`${href}/people`);
  return `${href}/people`;
}

test("a coordinator filters People, opens a first-year, enters a student number, and cannot take someone's email", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(LAPTOP);
  await loginAs("coordinator");
  await peoplePage(page);
  const search = page.getByRole("search", { name: "Find people" });
  await search.getByLabel("Status").selectOption({ label: "first-year, not drawn" });
  await search.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/[?&]status=CANDIDATE/);
  await expect(page.getByText(/^114 people match\./)).toBeVisible();
  const list = page.getByRole("list", { name: "People" });
  await expect(list.getByRole("listitem")).toHaveCount(50);
  for (const badge of await list.getByText("active", { exact: true }).all()) await expect(badge).toHaveCount(0);

  // three pages of 50; page 2 keeps the filter
  const pages = page.getByRole("navigation", { name: "Pages" });
  await pages.getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/status=CANDIDATE/);
  await expect(pages.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(pages.getByRole("link", { name: "Page 3" })).toBeVisible();

  // the person page
  const first = list.getByRole("listitem").first().getByRole("link");
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  const form = page.getByRole("form", { name: "Edit person" });
  // the seeded number, put back at the end (the exam-results journey imports by number)
  const seeded = await form.getByLabel("Student number").inputValue();
  const number = `E2E ${Date.now() % 100000}`;
  await form.getByLabel("Student number").fill(number);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status", { name: "Edit status" })).toHaveText("Saved.");
  const details = page.getByRole("region", { name: "Details" });
  await expect(details).toContainText(number.replace(/\s/g, ""));

  // another account's email: confirmed, then refused next to the field; nothing changes
  page.once("dialog", (d) => void d.accept());
  await form.getByLabel("Email").fill(DEMO_EMAILS.mentee);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription(/Someone already uses that email address\./);
  await expect(form.getByRole("alert", { name: "Edit status" })).toContainText(
    "Someone already uses that email address.",
  );
  await expect(form.getByLabel("Email")).toBeFocused();
  await page.reload();
  await expect(details).not.toContainText(DEMO_EMAILS.mentee);

  // clearing the number works; then the seeded one goes back (other specs import exam results by it)
  await form.getByLabel("Student number").fill("");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status", { name: "Edit status" })).toHaveText("Saved.");
  await expect(details).not.toContainText(number.replace(/\s/g, ""));
  await page.reload();
  await form.getByLabel("Student number").fill(seeded);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status", { name: "Edit status" })).toHaveText("Saved.");
  if (seeded) await expect(details).toContainText(seeded);
});

const shot = (name: string) => path.join(test.info().project.outputDir, "person-screens", name);

for (const locale of ["en", "fa"] as const) {
  test(`screenshots and axe: the person page in ${locale}`, async ({ page, loginAs }) => {
    await useLanguage(page, locale);
    await loginAs("coordinator");
    await peoplePage(page);
    // the first person of the list (the list's name is in the page's language)
    const first = page.locator('main a[href*="/people/"]').first();
    await first.waitFor();
    const href = await first.getAttribute("href");
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", LAPTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(href!);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.evaluate(() => document.fonts.ready);
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await page.screenshot({ path: shot(`${locale}-${size}.png`), fullPage: true });
    }
  });
}
