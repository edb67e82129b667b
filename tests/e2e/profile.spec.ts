import { expect, test } from "./fixtures";

test("the pattern action: a field error next to the field keeps what was typed; a fix saves", async ({
  page,
  loginAs,
}) => {
  await loginAs("mentor");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Your details" })).toBeVisible();
  const form = page.getByRole("form", { name: "Contact details" });
  const phone = form.getByLabel("Phone number");

  await phone.fill("call me maybe");
  await form.getByLabel("Preferred way of contact").selectOption({ label: "Phone call" });
  await form.getByRole("button", { name: "Save details" }).click();

  await expect(form.getByRole("alert", { name: "Save status" })).toHaveText(/correct the highlighted fields/i);
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveAccessibleDescription(/digits only/);
  await expect(phone).toHaveValue("call me maybe");
  await expect(form.getByLabel("Preferred way of contact")).toHaveValue("PHONE");

  await phone.fill("+49 30 1234 5678");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByRole("status", { name: "Save status" })).toHaveText(/saved/i);
  await expect(phone).not.toHaveAttribute("aria-invalid", "true");

  await page.reload();
  await expect(page.getByLabel("Phone number")).toHaveValue("+49 30 1234 5678");
  await expect(page.getByLabel("Preferred way of contact")).toHaveValue("PHONE");
});
