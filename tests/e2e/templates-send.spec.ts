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
  await form.getByLabel("Template").selectOption({ label: "Managing stress in the first year" });
  await expect(form.getByLabel("Preview")).toContainText("Looking after yourself, {{menteeFirstName}}");
  await form.getByLabel("To").selectOption({ label: menteeName });
  await form.getByLabel("Next meeting").fill("Thursday 18:00, dormitory study room");
  await form.getByRole("button", { name: "Send" }).click();
  await expect(form.getByRole("status", { name: "Send status" })).toHaveText(/Sent\. It counts as an email contact/);
  await expect(page.getByRole("list", { name: "Send log" }).getByRole("listitem").first()).toContainText(
    `to ${menteeName}`,
  );

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
