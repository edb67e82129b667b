import { readFile } from "node:fs/promises";
import { expect, interactive, test } from "./fixtures";

/**
 * Issue 10, item 3: for a pilot without SMTP, the coordinator downloads the pending invitation
 * links as CSV (fresh links: the emailed one stops working) and a link from the file works. In a
 * draft cohort of its own (a roll-over of the demo cohort), so no seeded link is replaced.
 */
const DEMO = "Dual Peer Mentoring 2026-2027";

test("a coordinator downloads the pending invitation links and one of them works", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("coordinator");
  const name = `Links journey ${Date.now().toString(36)}`;
  const email = `role.model.${Date.now()}@duomentor.test`;

  await page.goto("/coordinator/cohorts");
  await page.getByRole("link", { name: new RegExp(DEMO) }).click();
  const rollover = page.getByRole("form", { name: "Roll over" });
  await interactive(rollover);
  await rollover.getByLabel("Name of the new cohort").fill(name);
  await rollover.getByRole("button", { name: "Create next year's cohort" }).click();
  await expect(rollover.getByRole("status", { name: "Roll over status" })).toHaveText(/ready as a draft/);

  await page.goto("/coordinator/cohorts");
  await page.getByRole("link", { name: new RegExp(name) }).click();
  await page.getByRole("navigation", { name: "Cohort setup steps" }).getByRole("link", { name: /Staff/ }).click();
  const form = page.getByRole("form", { name: "Add a staff member" });
  await interactive(form);
  await form.getByLabel("Full name").fill("Dr. Parisa Nouri");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: "Role model" });
  await form.getByRole("button", { name: "Add to the cohort" }).click();
  await expect(form.getByRole("status", { name: "Add staff status" })).toHaveText(/Role model added/);

  await page
    .getByRole("navigation", { name: "Cohort setup steps" })
    .getByRole("link", { name: /People/ })
    .click();
  const button = page.getByRole("button", { name: "Download links (issues new links)" });
  await expect(button).toBeVisible();
  const download = page.waitForEvent("download");
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^invitation-links-.*\.csv$/);
  const text = await readFile((await file.path())!, "utf8");
  const lines = text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("name,email,role,link");
  const row = lines.find((l) => l.includes(email));
  expect(row).toMatch(/^Dr\. Parisa Nouri,.*,Role model,http.*\/invite\/[\w-]+$/);

  // the link from the file opens the set-password page
  const link = new URL(row!.split(",").at(-1)!);
  await page.context().clearCookies();
  await page.goto(link.pathname);
  await expect(page.getByRole("button", { name: "Set password" })).toBeVisible();
});
