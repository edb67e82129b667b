import { createHmac } from "node:crypto";
import { expect, test } from "./fixtures";

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
