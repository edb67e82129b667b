import { expect, test } from "./fixtures";

/**
 * Issue 10, item 4 (decisions 113, 114): next year's draft gets a template while this year's
 * cohort is active, through the cohort switcher; two tabs show two cohorts; activating the draft
 * asks first and says that this year's cohort would be closed. The demo cohort must stay active
 * for the other specs, so the draft here is not ready to activate: the server's refusal (no pairs
 * yet) is the answer after the confirmation, and nothing is closed. The real activation, closing
 * the other cohort, is proven in tests/integration/cohort-switch-actions.test.ts.
 */
const DEMO = "Dual Peer Mentoring 2026-2027";

test("switch to next year's draft, add a template to it, and ask to activate it", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("coordinator");
  const name = `Switch journey ${Date.now().toString(36)}`;

  // next year's draft, by roll-over
  await page.goto("/coordinator/cohorts");
  await page.getByRole("link", { name: new RegExp(DEMO) }).click();
  const rollover = page.getByRole("form", { name: "Roll over" });
  await rollover.getByLabel("Name of the new cohort").fill(name);
  await rollover.getByRole("button", { name: "Create next year's cohort" }).click();
  await expect(rollover.getByRole("status", { name: "Roll over status" })).toHaveText(/ready as a draft/);

  // the templates page shows this year's cohort; the switcher takes it to the draft
  await page.goto("/coordinator/templates");
  const switcher = page.getByRole("navigation", { name: "Cohort" });
  await expect(switcher).toContainText(DEMO);
  await switcher.getByRole("button", { name: "Switch cohort" }).click();
  await switcher.getByRole("link", { name: new RegExp(name) }).click();
  await expect(page).toHaveURL(/\/coordinator\/templates\?cohort=/);
  await expect(switcher).toContainText(name);
  await expect(switcher).toContainText("Draft");
  const draftUrl = page.url();
  const draftId = new URL(draftUrl).searchParams.get("cohort")!;

  // a template for the draft only
  const title = `Welcome week ${Date.now().toString(36)}`;
  const form = page.getByRole("form", { name: "New template" });
  await form.getByLabel("Category").selectOption({ label: "Adaptation" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Subject line").fill("Your first week");
  await form.getByLabel("Message").fill("Hi {{menteeFirstName}}, here is how the first week goes.");
  await form.getByRole("button", { name: "Add to library" }).click();
  await expect(page.getByRole("list", { name: "Templates" })).toContainText(title);

  // the links inside pages stay in the draft too: the report's dates and its downloads, the
  // sessions list's buttons
  await page.goto(`/coordinator/reports?cohort=${draftId}`);
  const pdf = page.getByRole("link", { name: "Download the report (PDF)" });
  await expect(pdf).toHaveAttribute("href", new RegExp(`[?&]cohort=${draftId}(&|$)`));
  await page.getByRole("form", { name: "Dates" }).getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]cohort=${draftId}(&|$)`));
  await expect(switcher).toContainText(name);
  const download = page.waitForEvent("download");
  await pdf.click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await page.goto(`/coordinator/sessions?cohort=${draftId}`);
  await page.getByRole("link", { name: "Schedule a session" }).click();
  await expect(page).toHaveURL(new RegExp(`/coordinator/sessions/new\\?cohort=${draftId}$`));
  await expect(switcher).toContainText(name);

  // the navigation stays in the draft; a second tab shows this year's cohort without it
  await page
    .getByRole("navigation", { name: "Coordinator pages" })
    .getByRole("link", { name: "Support centres" })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/coordinator/support-centres\\?cohort=${draftId}`));
  await expect(switcher).toContainText(name);
  const other = await page.context().newPage();
  await other.goto("/coordinator/templates");
  await expect(other.getByRole("navigation", { name: "Cohort" })).toContainText(DEMO);
  await expect(other.getByRole("main")).not.toContainText(title);
  await page.goto(draftUrl);
  await expect(page.getByRole("list", { name: "Templates" })).toContainText(title);
  await other.close();

  // activate: a confirmation that says what happens to this year's cohort
  await page.goto(`/coordinator/cohorts/${draftId}`);
  const activate = page.getByRole("form", { name: "Activate cohort" });
  await expect(activate).toContainText(`${DEMO} is active now`);
  await activate.getByRole("button", { name: "Activate cohort…" }).click();
  const confirm = activate.getByRole("group", { name: `Activate ${name}?` });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("heading", { name: `Activate ${name}?` })).toBeFocused();
  await expect(confirm).toContainText(`${DEMO} is closed: read-only for everyone`);
  await expect(confirm).toContainText("Closing cannot be undone.");
  // Cancel keeps everything as it is
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await activate.getByRole("button", { name: "Activate cohort…" }).click();
  await activate.getByRole("button", { name: `Activate and close ${DEMO}` }).click();
  // the server decides: this draft has no pairs yet, so nothing changes anywhere
  await expect(activate.getByRole("alert", { name: "Activate cohort status" })).toContainText(
    "Form at least one mentor pair",
  );
  await page.goto("/coordinator/cohorts");
  await expect(page.getByRole("link", { name: new RegExp(DEMO) })).toContainText("Active");
  await expect(page.getByRole("link", { name: new RegExp(name) })).toContainText("Draft");
});
