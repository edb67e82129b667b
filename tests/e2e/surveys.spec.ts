import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { LAPTOP, PHONE } from "./i18n-helpers";
import { axeViolations } from "./axe";

/**
 * Issue 13's journeys: a coordinator creates the Korean study's survey from its template and opens
 * it; a mentor and a mentee answer on phones (the mentor stops halfway and comes back); the
 * coordinator watches the response rate, closes it, reads the table (mean ± SD and p on the demo's
 * closed survey) and downloads the CSVs. A mentee gives feedback on both mentors; their mentor sees
 * the round only after that third answer.
 */
test.describe.configure({ mode: "serial" });

const TITLE = "Programme evaluation (e2e)";

async function pick(page: Page, question: RegExp, point: number) {
  await page
    .getByRole("group", { name: question })
    .getByRole("radio", { name: new RegExp(`^${point}`) })
    .check();
}

async function answerLikertAndChoice(page: Page) {
  await pick(page, /How appropriate is the mentoring programme/, 4);
  await pick(page, /How satisfied are you with the other party/, 5);
  await pick(page, /How satisfied are you with the mentoring programme overall/, 4);
  await page
    .getByRole("group", { name: /main purpose/ })
    .getByRole("radio", { name: "To learn how to study medicine" })
    .check();
}

test("a coordinator creates the Korean study's survey from its template and opens it", async ({ page, loginAs }) => {
  await page.setViewportSize(LAPTOP);
  await loginAs("coordinator");
  await page.goto("/coordinator/surveys");
  const form = page.getByRole("form", { name: "New survey" });
  await form.getByLabel("Start from").selectOption({ label: "Programme evaluation (the Korean study)" });
  await form.getByLabel("Title").fill(TITLE);
  await form.getByLabel("Who is asked").selectOption({ label: "Mentors and mentees" });
  await form.getByRole("button", { name: "Create draft" }).click();
  await expect(form.getByRole("status", { name: "New survey status" })).toHaveText(/Survey created as a draft/);

  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText("This survey is a draft: only you see it.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Wording of question 1" })).toHaveValue(
    "How appropriate is the mentoring programme for first-year medical students?",
  );
  await page.getByRole("button", { name: "Open the survey" }).click();
  await expect(page.getByRole("status", { name: "Survey status" })).toHaveText("Survey opened.");
  await expect(page.getByRole("heading", { name: "Response rate" })).toBeVisible();
});

test("on phones: a mentor stops halfway, comes back and finishes; a mentee answers in one go", async ({
  page,
  loginAs,
}) => {
  await page.setViewportSize(PHONE);
  await loginAs("mentor");
  await page.goto("/mentor");
  await expect(page.getByRole("heading", { name: "Open surveys" })).toBeVisible();
  await page.goto("/mentor/surveys");
  const card = page.getByRole("region", { name: TITLE });
  await card.getByRole("link", { name: `Answer: ${TITLE}` }).click();
  await pick(page, /How appropriate is the mentoring programme/, 5);
  await pick(page, /How satisfied are you with the other party/, 4);
  await page.getByRole("button", { name: "Save and finish later" }).click();
  await expect(page.getByRole("status", { name: "Survey answers" })).toHaveText(/Saved\. You can come back/);

  // the tab is closed; later the mentor comes back
  await page.goto("/mentor/surveys");
  await expect(card.getByText("Started")).toBeVisible();
  await card.getByRole("link", { name: `Continue: ${TITLE}` }).click();
  await expect(
    page.getByRole("group", { name: /How appropriate is the mentoring programme/ }).getByRole("radio", { name: /^5/ }),
  ).toBeChecked();
  // submitting with required questions left: the first unanswered one says so
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("alert", { name: "Survey answers" })).toHaveText("Some answers need your attention.");
  await expect(page.getByText("Answer this question.").first()).toBeVisible();
  await pick(page, /How satisfied are you with the mentoring programme overall/, 4);
  await page
    .getByRole("group", { name: /main purpose/ })
    .getByRole("radio", { name: "To help, or be helped by, other students" })
    .check();
  await page
    .getByRole("textbox", { name: /What did you gain/ })
    .fill("Explaining anatomy again taught me more than the lecture.");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("status", { name: "Survey answers" })).toHaveText(
    /Thank you: your answers are submitted/,
  );
  await page.goto("/mentor/surveys");
  await expect(card.getByText("Submitted")).toBeVisible();

  await page.context().clearCookies();
  await loginAs("mentee");
  await page.goto("/mentee/surveys");
  await page
    .getByRole("region", { name: TITLE })
    .getByRole("link", { name: `Answer: ${TITLE}` })
    .click();
  await answerLikertAndChoice(page);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("status", { name: "Survey answers" })).toHaveText(
    /Thank you: your answers are submitted/,
  );
});

test("the coordinator sees the response rate, closes the survey, reads the tables and downloads the CSVs", async ({
  page,
  loginAs,
}) => {
  await page.setViewportSize(LAPTOP);
  await loginAs("coordinator");
  await page.goto("/coordinator/surveys");
  await page.getByRole("link", { name: TITLE }).click();
  const byRole = page.getByRole("table", { name: "By role" });
  await expect(byRole.getByRole("row", { name: /Mentors/ })).toContainText("1 of 12");
  await expect(byRole.getByRole("row", { name: /Mentees/ })).toContainText("1 of 36");
  await page.getByRole("button", { name: "Close the survey now" }).click();
  await expect(page.getByRole("status", { name: "Survey status" })).toHaveText(/Survey closed/);
  // two answers: every cell is suppressed, and the mentor's comment is not shown
  const table = page.getByRole("table", { name: /Results by group/ });
  await expect(table.getByRole("row", { name: /How appropriate/ })).toContainText("fewer than 5 answers");
  await expect(page.getByText("Explaining anatomy again")).toHaveCount(0);

  // the demo's closed evaluation: mean ± SD for both groups and the Mann-Whitney p
  await page.goto("/coordinator/surveys");
  await page.getByRole("link", { name: "End of first block: programme evaluation" }).click();
  const results = page.getByRole("table", { name: /Results by group/ });
  const row = results.getByRole("row", { name: /How satisfied are you with the mentoring programme overall/ });
  await expect(row).toContainText(/\d\.\d\d ± \d\.\d\d.*\d\.\d\d ± \d\.\d\d/);
  await expect(row).toContainText(/Mann-Whitney U/);
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();

  const [tableCsv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the table (CSV)" }).click(),
  ]);
  const tableText = fs.readFileSync((await tableCsv.path())!, "utf8");
  expect(tableText).toContain("Mentors mean ± SD (n)");
  expect(tableText).toMatch(/How satisfied are you with the mentoring programme overall\?,\d\.\d\d ± \d\.\d\d \(\d+\)/);

  const [responsesCsv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download anonymised responses (CSV)" }).click(),
  ]);
  const responses = fs.readFileSync((await responsesCsv.path())!, "utf8");
  expect(responses).toContain("R001");
  expect(responses).not.toMatch(/@duomentor\.test/);
  expect(responses.split("\r\n").filter((l) => /^R\d{3},/.test(l))).toHaveLength(42);

  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("a mentee gives feedback on both mentors; the mentor sees the round only after this third answer", async ({
  page,
  loginAs,
}) => {
  await page.setViewportSize(PHONE);
  await loginAs("mentor");
  await page.goto("/mentor/feedback");
  const trend = page.getByRole("table");
  await expect(trend.getByRole("row", { name: /Mentor feedback, round 2/ })).toContainText(
    "Fewer than 3 mentees have answered this round",
  );
  await expect(trend.getByRole("row", { name: /Mentor feedback, round 1/ })).toContainText(/\d\.\d\d ± \d\.\d\d/);

  await page.context().clearCookies();
  await loginAs("mentee");
  await page.goto("/mentee/surveys");
  const round = page.getByRole("region", { name: "Mentor feedback, round 2" });
  const links = round.getByRole("link", { name: /^Answer: About / });
  await expect(links).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    await page.goto("/mentee/surveys");
    await round
      .getByRole("link", { name: /^Answer: About / })
      .first()
      .click();
    await expect(page.getByText(/Your mentor sees only the average of at least 3 mentees/)).toBeVisible();
    await pick(page, /How available was this mentor/, 5);
    await pick(page, /How helpful was this mentor/, 4);
    await pick(page, /recommend this mentor/, 5);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.getByRole("status", { name: "Survey answers" })).toHaveText(/Thank you/);
  }
  await page.goto("/mentee/surveys");
  await expect(round.getByText("Submitted")).toHaveCount(2);

  await page.context().clearCookies();
  await loginAs("mentor");
  await page.goto("/mentor/feedback");
  await expect(page.getByRole("table").getByRole("row", { name: /Mentor feedback, round 2/ })).toContainText(
    /\d\.\d\d ± \d\.\d\d/,
  );
});
