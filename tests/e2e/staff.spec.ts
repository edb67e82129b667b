import { expect, test } from "./fixtures";

/**
 * The staff journey (issue 10, items 2 and 3), on the demo programme: the coordinator adds a
 * supervisor (a bad submit first: the error is next to the field, which has the focus), sends a new
 * sign-in link (the first one stops working), the supervisor sets a password from the new link and
 * opens their pages; then the coordinator removes them again.
 */
const PASSWORD = "sapphire-orchard-river-41";

test("a coordinator adds a supervisor, re-sends the invitation, and removes them", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  const email = `dr.kamali.${Date.now()}@duomentor.test`;
  await loginAs("coordinator");
  await page.goto("/coordinator/cohorts");
  await page
    .getByRole("link", { name: /Dual Peer Mentoring 2026-2027/ })
    .first()
    .click();
  await page.getByRole("navigation", { name: "Cohort setup steps" }).getByRole("link", { name: /Staff/ }).click();
  await expect(page.getByRole("heading", { name: "Coordinators, supervisors and role models" })).toBeVisible();
  const staffUrl = page.url();
  const list = page.getByRole("list", { name: "Coordinators, supervisors and role models" });
  await expect(list.getByRole("listitem").filter({ hasText: "supervisor@duomentor.test" })).toContainText(
    "Can sign in",
  );

  // Bad input: the message is next to the field, and the field has the focus.
  const form = page.getByRole("form", { name: "Add a staff member" });
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByRole("button", { name: "Add to the cohort" }).click();
  await expect(form.getByLabel("Full name")).toBeFocused();
  await expect(form.getByText("Enter their name.")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue("not-an-email");

  await form.getByLabel("Full name").fill("Dr. Leyla Kamali");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: "Supervisor" });
  await form.getByRole("button", { name: "Add to the cohort" }).click();
  await expect(form.getByRole("status", { name: "Add staff status" })).toHaveText(/Supervisor added/);
  const row = list.getByRole("listitem").filter({ hasText: email });
  await expect(row).toContainText("Invited");

  const inviteLink = async () => {
    await page.goto(`/coordinator/outbox?to=${encodeURIComponent(email)}`);
    const mail = page.getByRole("listitem").filter({ hasText: "You are invited" }).first();
    await mail.locator("summary").click();
    return (await mail.getByRole("link").getAttribute("href"))!;
  };
  const first = await inviteLink();
  await page.goto(staffUrl);
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Send a sign-in link" }).click();
  await expect(row.getByRole("status", { name: "Sign-in link for Dr. Leyla Kamali" })).toHaveText(
    /A new invitation is on its way/,
  );
  const second = await inviteLink();
  expect(second).not.toBe(first);

  await page.context().clearCookies();
  await page.goto(first);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await page.goto(second);
  await page.getByLabel("New password").fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status", { name: "Password status" })).toHaveText(/password is set/);
  // Signed in with the password just set: no retyping of the email (issue 10, item 8).
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/supervisor/);
  await page.goto("/supervisor");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The coordinator removes them (with a confirmation).
  await page.context().clearCookies();
  await loginAs("coordinator");
  await page.goto("/coordinator/cohorts");
  await page
    .getByRole("link", { name: /Dual Peer Mentoring 2026-2027/ })
    .first()
    .click();
  await page.getByRole("navigation", { name: "Cohort setup steps" }).getByRole("link", { name: /Staff/ }).click();
  await expect(row).toContainText("Can sign in");
  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: "Remove" }).click();
  await expect(row).toContainText("Removed");
});
