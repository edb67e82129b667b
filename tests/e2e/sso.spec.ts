/**
 * Issue 16, item 10: single sign-on through a real OpenID Connect provider started by this spec
 * (tests/e2e/oidc-issuer.ts; playwright.config.ts points the app at it): the first sign-in links
 * the invited account by its email, an email nobody invited is refused, and signing out ends it.
 */
import { DEMO_LOGINS, expect, test } from "./fixtures";
import { startIssuer } from "./oidc-issuer";

let stop: (() => Promise<void>) | undefined;
test.beforeAll(async ({ baseURL }) => {
  stop = await startIssuer(baseURL!);
});
test.afterAll(async () => {
  await stop?.();
});

async function ssoSignIn(page: import("@playwright/test").Page, login: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "University sign-in" }).click();
  // The issuer asks for a login unless its own session remembers one (the second sign-in).
  const loginField = page.getByPlaceholder("Enter any login");
  await page
    .waitForURL((url) => url.port !== new URL(page.url()).port || url.pathname !== "/login", { timeout: 10_000 })
    .catch(() => {});
  if (await loginField.isVisible({ timeout: 3000 }).catch(() => false)) {
    await loginField.fill(login);
    await page.getByPlaceholder("and password").fill("anything");
    await page.getByRole("button", { name: "Sign-in" }).click();
  }
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible({ timeout: 3000 }).catch(() => false)) await consent.click();
}

test("an invited person signs in through the university, is linked by email, and signs out", async ({ page }) => {
  await ssoSignIn(page, DEMO_LOGINS.roleModel);
  await expect(page).toHaveURL(/\/role-model$/);
  await expect(page.getByText("Role-model session").first()).toBeVisible();

  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/role-model");
  await expect(page).toHaveURL(/\/login/);

  // The second time the account is found by its linked subject: same person, same home.
  await ssoSignIn(page, DEMO_LOGINS.roleModel);
  await expect(page).toHaveURL(/\/role-model$/);
  await page.goto("/settings");
  await expect(page.getByRole("list", { name: "Signed-in devices" })).toContainText("university sign-in");
});

test("an email nobody invited is refused, with a message and no session", async ({ page }) => {
  await ssoSignIn(page, "stranger@elsewhere.test");
  await expect(page).toHaveURL(/\/login\?error=NotInvited/);
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toHaveText(/not part of a mentoring programme/);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user).toBeUndefined();
});
