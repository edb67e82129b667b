import type { Browser, Page } from "@playwright/test";
import { buildDemoData } from "../../lib/demo/seed-demo";
import { expect, signInWithoutForm, test } from "./fixtures";

/**
 * Students apply themselves (issue 3): a coordinator opens applications in a cohort's settings
 * form, a first-year candidate of the demo cohort who was not drawn (no role yet: lands on
 * /no-role) applies to mentor, and the coordinator sees and accepts the application.
 * Independent of the other specs: the cohort is a new draft created here (accepting a mentor
 * into the demo cohort would change the counts other specs check), and the student is the last
 * of the seed's undrawn first-years, whom no other spec uses.
 */
function undrawnCandidate() {
  const d = buildDemoData(new Date(), "unused");
  const candidates = d.memberships.filter((m) => m.role === "MENTEE" && m.status === "CANDIDATE");
  const user = d.users.find((u) => u.id === candidates[candidates.length - 1].userId)!;
  return { email: user.email, name: user.name };
}

async function asPerson(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithoutForm(page, email);
  return page;
}

test("a coordinator opens applications; a student without a role applies to mentor; the coordinator accepts", async ({
  page,
  loginAs,
  browser,
}) => {
  test.setTimeout(90_000);
  const student = undrawnCandidate();
  const cohortName = `Voluntary Mentoring ${Date.now()}`;

  // 1. The coordinator starts a cohort (applications closed by default) and opens applications
  //    in its settings.
  await loginAs("coordinator");
  await page.goto("/coordinator/cohorts");
  await page.getByText("Create a cohort from scratch").click();
  const create = page.getByRole("form", { name: "New cohort" });
  await create.getByLabel("Cohort name").fill(cohortName);
  await create.getByLabel("Mentor selection criteria").fill("Good academic standing\nAvailable one evening a week");
  await expect(create.getByLabel(/Open applications/)).not.toBeChecked();
  await create.getByRole("button", { name: "Create cohort" }).click();
  await create.getByRole("link", { name: "Open the new cohort" }).click();
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  const cohortUrl = page.url().replace(/\/$/, "");
  const settings = page.getByRole("form", { name: "Cohort settings" });
  await settings.getByLabel(/Open applications/).check();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status", { name: "Cohort settings status" })).toHaveText("Settings saved.");

  // 2. The student has no role yet: /no-role links to /apply.
  const s = await asPerson(browser, student.email);
  await s.goto("/");
  await expect(s.getByRole("heading", { name: "You are not in a programme yet" })).toBeVisible();
  await s.getByRole("link", { name: "Apply to the programme" }).click();
  await expect(s.getByRole("heading", { name: cohortName })).toBeVisible();
  await expect(s.getByText("What the coordinators look for")).toBeVisible();
  await expect(s.getByText("Available one evening a week")).toBeVisible();

  const form = s.getByRole("form", { name: `Apply to mentor in ${cohortName}` });
  // A clinical phase in year 2 is refused on the year field, and what was typed stays.
  await form.getByLabel("Your phase").selectOption("CLINICAL");
  await form.getByLabel("Year of study").fill("2");
  await form
    .getByLabel("Why do you want to take part?")
    .fill("My own first year was hard; I want to help the next students find their feet.");
  await form.getByLabel("When are you usually available?").fill("Tuesday and Thursday evenings");
  await form.getByLabel("Languages you speak").fill("German; English");
  await form.getByRole("button", { name: "Send my application to mentor" }).click();
  await expect(form.getByRole("alert")).toHaveText("Clinical mentors are in years 4 to 6.");
  await expect(form.getByLabel("Year of study")).toHaveAccessibleDescription(/Clinical mentors are in years 4 to 6/);
  await expect(form.getByLabel("When are you usually available?")).toHaveValue("Tuesday and Thursday evenings");

  await form.getByLabel("Your phase").selectOption("PRECLINICAL");
  await form.getByRole("button", { name: "Send my application to mentor" }).click();
  const mine = s.getByRole("region", { name: "Your applications" });
  await expect(mine).toContainText(`${cohortName}: to mentor (preclinical)`);
  await expect(mine).toContainText("Waiting for the coordinators");
  await expect(s.getByRole("button", { name: "Withdraw my application" })).toBeVisible();

  // 3. The coordinator sees the applicant on the mentors page and accepts them.
  await page.goto(`${cohortUrl}/mentors`);
  const application = page.getByRole("list", { name: "Applications" }).getByRole("listitem", { name: student.name });
  await expect(application).toContainText("year 2");
  await expect(application).toContainText("Tuesday and Thursday evenings");
  await application
    .getByRole("form", { name: `Accept ${student.name}` })
    .getByRole("button", { name: "Accept" })
    .click();
  await expect(page.getByRole("list", { name: "Accepted mentors" })).toContainText(student.name);
  await expect(
    page.getByRole("list", { name: "Applications" }).getByRole("listitem", { name: student.name }),
  ).toHaveCount(0);

  // 4. The student sees the decision.
  await s.goto("/apply");
  await expect(s.getByRole("region", { name: "Your applications" })).toContainText("Accepted");
  await s.context().close();
});
