import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const REASON = "E2E-REASON: she told me on the phone tonight that she does not feel safe and cannot stop crying.";

async function signOut(page: Page) {
  await page.context().clearCookies();
}

async function myName(page: Page) {
  const text = (await page.getByRole("link", { name: /Your details:/ }).textContent()) ?? "";
  return text.replace("Your details:", "").trim();
}

test("an urgent referral: mentor files it, supervisor forwards it, mentor and mentee see the status, coordinator only counts, reads are audited", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(90_000);

  // The mentee concerned, before: no referral about them.
  await loginAs("mentee");
  await page.goto("/mentee/referrals");
  await expect(page.getByRole("heading", { name: "Referrals about you" })).toBeVisible();
  await expect(page.getByText("No referrals", { exact: true })).toBeVisible();
  const mentee = await myName(page);
  await signOut(page);

  // The mentor refers from their group page: urgent shows the emergency guidance at once.
  await loginAs("mentor");
  await page.goto("/mentor");
  await page.getByRole("link", { name: `Refer ${mentee}` }).click();
  const form = page.getByRole("form", { name: "Refer a mentee" });
  await expect(form.getByLabel("Mentee")).toHaveValue(/.+/);
  await expect(form.getByLabel("Mentee").locator("option:checked")).toHaveText(mentee);
  await form.getByLabel("Kind of support centre").selectOption({ label: "Psychological / counselling" });
  await form.getByLabel("Urgency").selectOption({ label: "Urgent: risk to safety" });
  await expect(form.getByRole("heading", { name: "Urgent: what to do now" })).toBeVisible();
  await expect(form.getByRole("list", { name: "Emergency contacts" })).toContainText("Student Counselling Centre");
  await form.getByLabel("Reason").fill(REASON);
  await form.getByRole("group", { name: "Does the mentee know about this referral?" }).getByLabel("Yes").check();
  await form.getByRole("group", { name: "Does the mentee agree to be referred?" }).getByLabel("Yes").check();
  await form.getByRole("button", { name: "Send referral to the supervisor" }).click();
  await expect(page.getByRole("status", { name: "Referral status" })).toContainText("Urgent referral sent");
  await expect(page.getByRole("heading", { name: "Urgent: what to do now" })).toBeVisible();
  expect(page.url()).not.toContain("E2E-REASON");
  await signOut(page);

  // The supervisor sees it first in the queue, reads it and forwards it to the counselling centre.
  await loginAs("supervisor");
  await page.goto("/supervisor");
  const first = page.getByRole("list", { name: "Open referrals" }).getByRole("listitem").first();
  await expect(first).toContainText(mentee);
  await expect(first).toContainText("Urgent");
  await expect(page.getByRole("list", { name: "Open referrals" })).not.toContainText("E2E-REASON");
  await first.getByRole("link").click();
  await expect(page.getByRole("heading", { name: `Referral: ${mentee}` })).toBeVisible();
  await expect(page.getByText(REASON)).toBeVisible();
  // one step form open at a time: Acknowledge (the usual next step); Forward waits behind its button
  await expect(page.getByRole("form", { name: "Acknowledge" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Forward to a support centre" })).toHaveCount(0);
  await page.getByRole("button", { name: "Forward to a support centre" }).click();
  await expect(page.getByRole("form", { name: "Acknowledge" })).toHaveCount(0);
  const forward = page.getByRole("form", { name: "Forward to a support centre" });
  await expect(forward.getByLabel("Support centre", { exact: true })).toBeFocused();
  await forward
    .getByLabel("Support centre", { exact: true })
    .selectOption({ label: "Student Counselling Centre (Psychological / counselling)" });
  await forward.getByLabel("How", { exact: true }).selectOption({ label: "I contacted the centre" });
  await forward.getByLabel("Note for the mentors").fill("First appointment tomorrow at 9:00.");
  await forward.getByRole("button", { name: "Forward" }).click();
  await expect(page.getByRole("status", { name: "Review status" })).toContainText("Forwarded");
  await expect(page.getByRole("form", { name: "Close with an outcome" })).toBeVisible();
  const referralUrl = page.url();
  await signOut(page);

  // The mentor sees "Forwarded" in the list and the supervisor's message on the referral.
  await loginAs("mentor");
  await page.goto("/mentor/referrals");
  const row = page
    .getByRole("list", { name: "Your group's referrals" })
    .getByRole("listitem")
    .filter({ hasText: mentee })
    .first();
  await expect(row).toContainText("Forwarded");
  await row.getByRole("link").click();
  const fromSupervisor = page.getByRole("region", { name: "From the supervisor" });
  await expect(fromSupervisor).toContainText("Forwarded to Student Counselling Centre");
  await expect(fromSupervisor).toContainText("I contacted the centre. First appointment tomorrow at 9:00.");
  await signOut(page);

  // The mentee sees that a referral exists, to which kind of centre, and its status; never the reason.
  await loginAs("mentee");
  await page.goto("/mentee/referrals");
  const mine = page.getByRole("list", { name: "Referrals about you" }).getByRole("listitem").first();
  await expect(mine).toContainText("Psychological / counselling support");
  await expect(mine).toContainText("Forwarded");
  await expect(page.locator("body")).not.toContainText("E2E-REASON");
  await expect(page.locator("body")).not.toContainText("First appointment tomorrow");
  await signOut(page);

  // The coordinator sees only the numbers.
  await loginAs("coordinator");
  await page.goto("/coordinator/referrals");
  await expect(page.getByRole("heading", { name: "Referral numbers" })).toBeVisible();
  const table = page.getByRole("table", { name: "Referrals by category and status" });
  await expect(table.getByRole("row", { name: /Psychological/ })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("E2E-REASON");
  await expect(page.locator("body")).not.toContainText(mentee);
  // ...and cannot open the referral.
  const res = await page.goto(referralUrl);
  expect(res?.status()).toBe(403);
  await expect(page.locator("body")).not.toContainText("E2E-REASON");
  await signOut(page);

  // The audit trail shows who read it: the supervisor and the mentor.
  await loginAs("supervisor");
  await page.goto(referralUrl);
  // one tap from the top; the changes on their own, the reads grouped by reader
  await page.getByRole("link", { name: /^Audit trail: \d+ changes?, \d+ reads?/ }).click();
  const trail = page.getByRole("region", { name: "Audit trail" });
  await expect(trail).toBeInViewport();
  const changes = trail.getByRole("list", { name: "Changes" });
  await expect(changes).toContainText("Forwarded by");
  await expect(changes).toContainText("Referred by");
  await expect(changes).not.toContainText("Read by");
  const reads = trail.getByRole("list", { name: "Read by" });
  await expect(reads).toContainText("(as mentor)");
  await expect(reads).toContainText("(as supervisor)");
  // the supervisor read it (at least) twice: one line, with a count
  await expect(reads.getByRole("listitem").filter({ hasText: "(as supervisor)" })).toHaveCount(1);
  await expect(reads.getByRole("listitem").filter({ hasText: "(as supervisor)" })).toContainText(/\d+ times, first/);
});
