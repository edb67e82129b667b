import { expect, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone: a mentor sends a library template to a mentee; the mentee finds it in the inbox, and it counts as an email contact", async ({
  page,
  loginAs,
}) => {
  // Who the demo mentee is (only they receive it: the group's other statuses stay as seeded).
  await loginAs("mentee");
  await page.goto("/mentee");
  const menteeName = (await page.getByRole("link", { name: /Your details:/ }).innerText())
    .replace(/^\s*Your details:\s*/, "")
    .trim();
  expect(menteeName.length).toBeGreaterThan(2);

  await page.context().clearCookies();
  await loginAs("mentor");
  await page.goto("/mentor/templates");
  const form = page.getByRole("form", { name: "Send a template" });
  // the preview is what a mentee reads: placeholders filled in for a sample mentee, never raw
  const preview = form.getByRole("region", { name: "Preview" });
  // (a choice made before the page is interactive is reset by hydration: choose again until it holds)
  await expect(async () => {
    await form.getByLabel("Template").selectOption({ label: "Managing stress in the first year" });
    await expect(preview).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(preview).toContainText("Looking after yourself, ");
  await expect(preview).not.toContainText("{{");
  await form.getByLabel("To").selectOption({ label: menteeName });
  const first = menteeName.split(/\s+/)[0];
  await expect(preview).toContainText(`As ${menteeName} will read it`);
  await expect(preview).toContainText(`Looking after yourself, ${first}`);
  await form.getByLabel("Next meeting").fill("Thursday 18:00, dormitory study room");
  await expect(preview).toContainText("Thursday 18:00, dormitory study room");
  await form.getByRole("button", { name: "Send" }).click();
  const status = form.getByRole("status", { name: "Send status" });
  await expect(status).toHaveText(/Sent\. It counts as an email contact/);
  // the result is where the thumb is, and focused; a second tap sends nothing
  await expect(status).toBeInViewport();
  await expect(status).toBeFocused();
  await expect(form.getByRole("button", { name: /Saved/ })).toBeDisabled();
  // the log: the subject, to whom, by whom, when
  const logged = page.getByRole("list", { name: "Send log" }).getByRole("listitem").first();
  await expect(logged).toContainText(`Looking after yourself, ${first}`);
  await expect(logged).toContainText(`to ${menteeName}`);
  await expect(logged).toContainText(/by you · \w{3} \d{1,2} \w{3}, \d{2}:\d{2}/);

  await page.goto("/mentor");
  await expect(page.getByRole("list", { name: "Recent contacts" }).getByRole("listitem").first()).toContainText(
    `You · Email · ${menteeName}`,
  );

  await page.context().clearCookies();
  await loginAs("mentee");
  await page.goto("/mentee/contacts");
  const inbox = page.getByRole("list", { name: "Inbox" });
  const mail = inbox
    .getByRole("listitem")
    .filter({ hasText: /Looking after yourself, / })
    .first();
  await expect(mail).toBeVisible();
  await mail.getByText(/Looking after yourself, /).click();
  await expect(mail).toContainText("Next time we talk: Thursday 18:00, dormitory study room.");
  await expect(mail).not.toContainText("{{");
});
