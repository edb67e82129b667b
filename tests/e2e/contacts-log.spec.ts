import { expect, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

const NOTE = "E2E private note: worried about the anatomy resit, follow up next week";

test("on a phone: a mentor logs a call in two taps, the overdue mentee is back on track, the coordinator's figure drops, the mentee sees the call but never the note", async ({
  page,
  loginAs,
}) => {
  const overdueNow = () =>
    page
      .getByRole("term")
      .filter({ hasText: /^Overdue now$/ })
      .locator("xpath=following-sibling::dd[1]");

  // The coordinator's compliance figure before.
  await loginAs("coordinator");
  await page.goto("/coordinator/compliance");
  await expect(page.getByRole("heading", { name: "Contact compliance" })).toBeVisible();
  const before = Number(await overdueNow().textContent());
  expect(before).toBeGreaterThan(0);

  // The mentor opens the app: the group, overdue first.
  await page.context().clearCookies();
  await loginAs("mentor");
  await page.goto("/mentor");
  const mentees = page.getByRole("list", { name: "Mentees" });
  const overdue = mentees
    .getByRole("listitem")
    .filter({ hasText: /Overdue by \d+ days?/ })
    .first();
  await expect(overdue).toBeVisible();
  const name = (await overdue.getAttribute("aria-label"))!;
  await expect(mentees.getByRole("listitem").first()).toHaveAttribute("aria-label", name);

  // Interaction 1: "Log contact" next to the mentee. Interaction 2: save (phone, now: the defaults).
  await overdue.getByRole("link", { name: `Log contact with ${name}` }).click();
  const form = page.getByRole("form", { name: "Log a contact" });
  await expect(form.getByLabel("With")).toHaveValue(/.+/);
  await expect(form.getByRole("radio", { name: "Phone call" })).toBeChecked();
  await form.getByRole("button", { name: "Save contact" }).click();
  await expect(form.getByRole("status", { name: "Save status" })).toContainText("Contact saved.");

  await form.getByRole("link", { name: "Back to my group" }).click();
  const row = page.getByRole("list", { name: "Mentees" }).getByRole("listitem", { name });
  await expect(row).toContainText("On track");
  await expect(row).toContainText("Last contact today");
  await expect(page.getByRole("list", { name: "Recent contacts" }).getByRole("listitem").first()).toContainText(
    `You · Phone call · ${name}`,
  );

  // "Called everyone", with a private note: one contact per mentee.
  await page.getByRole("link", { name: "Called everyone" }).click();
  await expect(form.getByLabel("With")).toHaveValue("EACH");
  await form.getByRole("checkbox", { name: "Stress and wellbeing" }).check();
  await form.getByLabel("Private note").fill(NOTE);
  await form.getByRole("button", { name: "Save contact" }).click();
  await expect(form.getByRole("status", { name: "Save status" })).toContainText(/6 contacts saved/);

  // The coordinator's figure changed.
  await page.context().clearCookies();
  await loginAs("coordinator");
  await page.goto("/coordinator/compliance");
  await expect(overdueNow()).toHaveText(String(before - 1));
  await expect(page.getByRole("list", { name: "Overdue mentees" })).not.toContainText(name);
  await expect(page.locator("body")).not.toContainText("E2E private note");

  // The mentee sees the call, with both mentors' history, but never the note.
  await page.context().clearCookies();
  await loginAs("mentee");
  await page.goto("/mentee/contacts");
  const history = page.getByRole("list", { name: "Contact history" });
  await expect(history.getByRole("listitem").first()).toContainText("Phone call");
  await expect(history.getByRole("listitem").first()).toContainText("Stress and wellbeing");
  await expect(page.locator("body")).not.toContainText("E2E private note");
  await expect(page.locator("body")).not.toContainText("Private note");
});

test("the supervisor opens a mentee's history with the private notes; the coordinator cannot reach the mentors' note view (403)", async ({
  page,
  loginAs,
}) => {
  await loginAs("supervisor");
  await page.goto("/supervisor/compliance");
  const overdueList = page.getByRole("list", { name: "Overdue mentees" });
  await expect(overdueList.getByRole("link").first()).toBeVisible();
  await overdueList.getByRole("link").first().click();
  await expect(page.getByText("your reading of private notes is recorded")).toBeVisible();
  await expect(page.getByRole("list", { name: "Contact history" }).getByText("Private note:").first()).toBeVisible();
  const path = new URL(page.url()).pathname.replace("/supervisor/compliance/", "/mentor/contacts/");

  await page.context().clearCookies();
  await loginAs("coordinator");
  const res = await page.goto(path);
  expect(res?.status()).toBe(403);
});
