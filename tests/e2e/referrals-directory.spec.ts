import { expect, interactive, test } from "./fixtures";

test("the coordinator adds an emergency centre; a mentor filing an urgent referral sees it at once", async ({
  page,
  loginAs,
}) => {
  await loginAs("coordinator");
  await page.goto("/coordinator/support-centres");
  const add = page.getByRole("form", { name: "Add a support centre" });
  await add.getByRole("button", { name: "Add centre" }).click();
  await expect(add.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/name/i);

  await add.getByLabel("Name", { exact: true }).fill("E2E Night Crisis Line");
  await add.getByLabel("Category").selectOption({ label: "Psychological / counselling" });
  await add.getByRole("textbox", { name: /^Contact/ }).fill("0800 000 0000, 24 hours");
  await add.getByLabel(/Emergency contact/).check();
  await add.getByRole("button", { name: "Add centre" }).click();
  await expect(add.getByRole("status", { name: "Add a support centre status" })).toContainText("added");
  const centre = page
    .getByRole("list", { name: "Support centres" })
    .getByRole("listitem")
    .filter({ hasText: "E2E Night Crisis Line" });
  await expect(centre).toContainText("Emergency contact");

  await page.context().clearCookies();
  await loginAs("preclinicalMentor");
  await page.goto("/mentor/referrals/new");
  const form = page.getByRole("form", { name: "Refer a mentee" });
  // chosen before hydration, the urgency would be reset and the guidance never shown (CI saw it)
  await interactive(form);
  await form.getByLabel("Urgency").selectOption({ label: "Urgent: risk to safety" });
  await expect(form.getByRole("list", { name: "Emergency contacts" })).toContainText("E2E Night Crisis Line");
});

test("the referral form keeps what was typed and shows errors next to the fields", async ({ page, loginAs }) => {
  await loginAs("preclinicalMentor");
  await page.goto("/mentor/referrals/new");
  const form = page.getByRole("form", { name: "Refer a mentee" });
  await form.getByLabel("Reason").fill("Too short");
  await form.getByRole("button", { name: "Send referral to the supervisor" }).click();
  await expect(form.getByRole("alert", { name: "Referral status" })).toContainText("correct the highlighted fields");
  await expect(form.getByLabel("Mentee")).toHaveAccessibleDescription(/mentee/i);
  await expect(form.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Reason")).toHaveValue("Too short");
  await expect(form.getByLabel("Reason")).toHaveAccessibleDescription(/at least 20 characters/);
});
