import { createHmac } from "node:crypto";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";

/**
 * A fresh install (issue 10, item 1): no coordinator, so /first-run is open; a wrong setup token is
 * refused; the token from the server log (derived from NEXTAUTH_SECRET, as lib/first-run/token.ts
 * does) creates the first coordinator, who is signed in and lands in their draft cohort; then the
 * page is gone. Needs the empty database:
 *   E2E_EMPTY_DB=1 E2E_PORT=… npx playwright test tests/e2e/first-run.spec.ts
 */
const SECRET = process.env.NEXTAUTH_SECRET || "test-only-secret-never-use-in-production-3f9a1c";
const TOKEN = createHmac("sha256", `${SECRET}:first-run`).update("duomentor-setup").digest("base64url").slice(0, 24);
const PASSWORD = "juniper-glacier-atlas-62";

test.skip(process.env.E2E_EMPTY_DB !== "1", "needs a fresh install: E2E_EMPTY_DB=1");

test("the first-run page: no accessibility violations, and screenshots (phone, laptop; en, fa)", async ({ page }) => {
  for (const locale of ["en", "fa"] as const) {
    await useLanguage(page, locale);
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", LAPTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto("/first-run");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({
        path: path.join(test.info().project.outputDir, "ops-screens", `${locale}-${size}-first-run.png`),
        fullPage: true,
      });
    }
  }
  await useLanguage(page, "en");
});

test("the first coordinator of a fresh install, with the setup token", async ({ page }) => {
  await page.goto("/first-run");
  await expect(page.getByRole("heading", { level: 1, name: "Set up DuoMentor" })).toBeVisible();
  const form = page.getByRole("form", { name: "Create the first coordinator" });
  await form.getByLabel("Setup token").fill("wrong-token-000000000000");
  await form.getByLabel("Your full name").fill("Mina Sadeghi");
  await form.getByLabel("Your email").fill("mina.sadeghi@school.example");
  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await form.getByLabel("Repeat the password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create my account" }).click();
  const status = form.getByRole("alert", { name: "Setup status" });
  await expect(status).toHaveText(/setup token is not valid/);
  await expect(status).toBeFocused();
  await expect(form.getByLabel("Your email")).toHaveValue("mina.sadeghi@school.example");

  await form.getByLabel("Setup token").fill(TOKEN);
  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await form.getByLabel("Repeat the password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create my account" }).click();
  await page.waitForURL(/\/coordinator/);
  await page.goto("/coordinator/cohorts");
  await expect(page.getByRole("link", { name: /Cohort \d{4}-\d{4}/ }).first()).toBeVisible();
  await page
    .getByRole("link", { name: /Cohort \d{4}-\d{4}/ })
    .first()
    .click();
  await page.getByRole("navigation", { name: "Cohort setup steps" }).getByRole("link", { name: /Staff/ }).click();
  await expect(page.getByRole("list", { name: "Coordinators, supervisors and role models" })).toContainText(
    "mina.sadeghi@school.example",
  );

  // Once a coordinator exists, the page is gone, signed in or not.
  const after = await page.goto("/first-run");
  expect(after?.status()).toBe(404);
  await page.context().clearCookies();
  expect((await page.goto("/first-run"))?.status()).toBe(404);
});
