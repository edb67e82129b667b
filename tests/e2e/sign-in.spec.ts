import { expect, test } from "./fixtures";

const PASSWORD = "duomentor-demo";

async function signIn(page: import("@playwright/test").Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("each demo role signs in and lands on its home with the seeded programme", () => {
  test("coordinator: the cohort overview with 6 + 6 mentors, 6 pairs, 36 mentees", async ({ page }) => {
    await signIn(page, "coordinator@duomentor.test");
    await expect(page).toHaveURL(/\/coordinator$/);
    await expect(page.getByRole("heading", { name: "Cohort overview" })).toBeVisible();
    const stat = (label: string) =>
      page
        .getByRole("term")
        .filter({ hasText: new RegExp(`^${label}$`) })
        .locator("xpath=following-sibling::dd[1]");
    await expect(stat("Clinical mentors")).toHaveText("6");
    await expect(stat("Preclinical mentors")).toHaveText("6");
    await expect(stat("Mentor pairs")).toHaveText("6");
    await expect(stat("Mentees")).toHaveText("36");
    const table = page.getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(7); // header + 6 pairs
    await expect(table.getByRole("row", { name: /Group 1/ })).toContainText("6 / 6");
  });

  test("supervisor: the referral queue with the referral under review", async ({ page }) => {
    await signIn(page, "supervisor@duomentor.test");
    await expect(page).toHaveURL(/\/supervisor$/);
    await expect(page.getByRole("heading", { name: "Referral queue" })).toBeVisible();
    const queue = page.getByRole("list", { name: "Open referrals" });
    await expect(queue.getByRole("listitem").filter({ hasText: "Acknowledged" })).toHaveCount(1);
  });

  test("clinical mentor: the pair partner (preclinical) and a group of 6", async ({ page }) => {
    await signIn(page, "clinical.mentor@duomentor.test");
    await expect(page).toHaveURL(/\/mentor$/);
    await expect(page.getByRole("heading", { name: "Group 1", level: 1 })).toBeVisible();
    await expect(page.getByText("You are the clinical mentor of this group")).toBeVisible();
    const partner = page.getByRole("region", { name: "Your co-mentor" });
    await expect(partner.getByText("Preclinical mentor", { exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Mentees" }).getByRole("listitem")).toHaveCount(6);
  });

  test("preclinical mentor: sees the clinical partner", async ({ page }) => {
    await signIn(page, "preclinical.mentor@duomentor.test");
    await expect(page.getByText("You are the preclinical mentor of this group")).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Your co-mentor" }).getByText("Clinical mentor", { exact: true }),
    ).toBeVisible();
  });

  test("mentee: both mentors, who is clinical and who is preclinical, and the group", async ({ page }) => {
    await signIn(page, "mentee@duomentor.test");
    await expect(page).toHaveURL(/\/mentee$/);
    await expect(page.getByRole("heading", { name: "My mentors" })).toBeVisible();
    const mentors = page.getByRole("region", { name: "Your two mentors" });
    await expect(mentors.getByRole("article")).toHaveCount(2);
    await expect(mentors.getByText("Clinical mentor", { exact: true })).toBeVisible();
    await expect(mentors.getByText("Preclinical mentor", { exact: true })).toBeVisible();
    await expect(page.getByText(/Group 1: you and 5 other first-year students/)).toBeVisible();
    // the others in the group by first name, and no more (decision 127)
    await expect(page.getByText(/In your group: (\p{L}+, ){3}\p{L}+,? and \p{L}+\./u)).toBeVisible();
    await expect(page.getByText(/students\.duomentor\.test/)).toHaveCount(0);
  });

  test("role model: the session they speak at", async ({ page }) => {
    await signIn(page, "rolemodel@duomentor.test");
    await expect(page).toHaveURL(/\/role-model$/);
    await expect(page.getByText("Role-model session").first()).toBeVisible();
  });
});

test("a wrong password gets a clear message, keeps the email, and does not say which part was wrong", async ({
  page,
}) => {
  await signIn(page, "mentor.who.does.not.exist@duomentor.test", "wrong");
  const unknownEmail = page.getByRole("alert", { name: "Sign-in error" });
  await expect(unknownEmail).toHaveText(/do not match an account/);
  const unknownText = await unknownEmail.textContent();

  await signIn(page, "coordinator@duomentor.test", "wrong-password");
  const wrongPassword = page.getByRole("alert", { name: "Sign-in error" });
  await expect(wrongPassword).toHaveText(/do not match an account/);
  expect(await wrongPassword.textContent()).toBe(unknownText);
  await expect(page.getByLabel("Email")).toHaveValue("coordinator@duomentor.test");
  await expect(page).toHaveURL(/\/login/);
});

test("an anonymous visitor is sent to sign in, then back to the page they asked for", async ({ page }) => {
  await page.goto("/coordinator");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcoordinator/);
  await page.getByLabel("Email").fill("coordinator@duomentor.test");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/coordinator$/);
});

test("a mentee who opens /coordinator is refused (403) and sees nothing of the cohort", async ({ page }) => {
  await signIn(page, "mentee@duomentor.test");
  await expect(page).toHaveURL(/\/mentee$/);
  const response = await page.goto("/coordinator");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is not part of your role" })).toBeVisible();
  await expect(page.getByText("Mentor pairs and groups")).toHaveCount(0);
  for (const path of ["/supervisor", "/mentor"]) {
    expect((await page.goto(path))?.status()).toBe(403);
  }
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "supervisor@duomentor.test");
  await expect(page).toHaveURL(/\/supervisor$/);
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/supervisor");
  await expect(page).toHaveURL(/\/login/);
});

test("the app's icons are served: the sign-in page names them, and the browser's /favicon.ico is no 404", async ({
  page,
  request,
}) => {
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto("/login");
  const icons = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons.some((h) => h.includes("/icon.svg"))).toBe(true);
  expect(icons.some((h) => h.includes("/apple-icon.png"))).toBe(true);
  for (const href of [...icons, "/favicon.ico"]) {
    const r = await request.get(href);
    expect(r.status(), href).toBe(200);
    expect(r.headers()["content-type"], href).toMatch(/^image\//);
  }
  expect(missing).toEqual([]);
});
