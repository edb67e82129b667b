import { createHmac } from "node:crypto";
import path from "node:path";
import { MAIL_SINK } from "../../playwright.config";
import { expect, interactive, signInWithoutForm, test } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";
import { registryCsv } from "./registry-csv";
import { axeViolations } from "./axe";

/**
 * A fresh install (issue 10, item 1): no coordinator, so /first-run is open; a wrong setup token is
 * refused; the token from the server log (derived from NEXTAUTH_SECRET, as lib/first-run/token.ts
 * does) creates the first coordinator, who is signed in and lands in their draft cohort; then the
 * page is gone. Needs the empty database:
 *   E2E_EMPTY_DB=1 E2E_PORT=… npx playwright test tests/e2e/first-run.spec.ts
 */
const SECRET = process.env.NEXTAUTH_SECRET || "test-only-secret-never-use-in-production-3f9a1c";
const TOKEN = createHmac("sha256", `${SECRET}:first-run`).update("duomentor-setup").digest("base64url").slice(0, 24);
const PASSWORD = "juniper-glacier-atlas-62";

test.skip(process.env.E2E_EMPTY_DB !== "1", "needs a fresh install: E2E_EMPTY_DB=1");

test("the first-run page: no accessibility violations, and screenshots (phone, laptop; en, fa)", async ({ page }) => {
  for (const locale of ["en", "fa"] as const) {
    await useLanguage(page, locale);
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", LAPTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto("/first-run");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({
        path: path.join(test.info().project.outputDir, "ops-screens", `${locale}-${size}-first-run.png`),
        fullPage: true,
      });
    }
  }
  await useLanguage(page, "en");
});

test("the first coordinator of a fresh install, with the setup token", async ({ page }) => {
  await page.goto("/first-run");
  await expect(page.getByRole("heading", { level: 1, name: "Set up DuoMentor" })).toBeVisible();
  const form = page.getByRole("form", { name: "Create the first coordinator" });
  await form.getByLabel("Setup token").fill("wrong-token-000000000000");
  await form.getByLabel("Your full name").fill("Mina Sadeghi");
  await form.getByLabel("Your email").fill("mina.sadeghi@school.example");
  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await form.getByLabel("Repeat the password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create my account" }).click();
  const status = form.getByRole("alert", { name: "Setup status" });
  await expect(status).toHaveText(/setup token is not valid/);
  await expect(status).toBeFocused();
  await expect(form.getByLabel("Your email")).toHaveValue("mina.sadeghi@school.example");

  await form.getByLabel("Setup token").fill(TOKEN);
  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await form.getByLabel("Repeat the password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create my account" }).click();
  await page.waitForURL(/\/coordinator/);
  await page.goto("/coordinator/cohorts");
  await expect(page.getByRole("link", { name: /Cohort \d{4}-\d{4}/ }).first()).toBeVisible();
  await page
    .getByRole("link", { name: /Cohort \d{4}-\d{4}/ })
    .first()
    .click();
  await page.getByRole("navigation", { name: "Cohort setup steps" }).getByRole("link", { name: /Staff/ }).click();
  await expect(page.getByRole("list", { name: "Coordinators, supervisors and role models" })).toContainText(
    "mina.sadeghi@school.example",
  );

  // Once a coordinator exists, the page is gone, signed in or not.
  const after = await page.goto("/first-run");
  expect(after?.status()).toBe(404);
  await page.context().clearCookies();
  expect((await page.goto("/first-run"))?.status()).toBe(404);
});

/**
 * The year of a school without a developer, from the empty database (issue 10, "Done when"): the
 * first coordinator (created above) makes a cohort, imports a 14-column registry export of 3,000
 * rows with "First name"/"Last name"/"E-mail" headers through the column mapping and 12 mentor
 * applicants, accepts and trains the mentors, draws 36 with 18 female, groups and publishes; only
 * the 12 mentors and the 36 drawn mentees are invited; a mentee sets a password from the invitation,
 * forgets it, asks for a reset link (the same answer for any email) and resets it from the email,
 * whose link then works no more; the coordinator has the two cohorts in two tabs. The emails are
 * the real ones: with E2E_EMPTY_DB=1 the app delivers to a real SMTP server (tests/multi/smtp-sink.ts,
 * started by playwright.config.ts), so the coordinator's outbox page is not offered.
 */
interface SinkMessage {
  to: string[];
  subject: string | null;
  text: string;
  links: string[];
}
async function sinkMessages(): Promise<SinkMessage[]> {
  const response = await fetch(`${MAIL_SINK.url}/messages`);
  expect(response.ok, `GET ${MAIL_SINK.url}/messages: HTTP ${response.status}`).toBe(true);
  return (await response.json()) as SinkMessage[];
}
function mentorApplicantsCsv(): Buffer {
  const lines = ["name,email,role,phase,year,gender,languages"];
  for (let i = 1; i <= 6; i++) {
    lines.push(`Clinical Mentor ${i},clinical${i}@mentors.school.example,mentor,clinical,5,female,English`);
    lines.push(`Preclinical Mentor ${i},preclinical${i}@mentors.school.example,mentor,preclinical,2,male,English`);
  }
  return Buffer.from(lines.join("\n") + "\n");
}

test("the first coordinator runs a year: import 3,000, draw 18 + 18, publish, only those invited", async ({ page }) => {
  test.setTimeout(420_000);
  await page.setViewportSize(LAPTOP);
  await signInWithoutForm(page, "mina.sadeghi@school.example", PASSWORD);
  const cohortName = "Peer Mentoring 2026-2027";

  // a cohort of her own making, beside the first-run one
  await page.goto("/coordinator/cohorts");
  await page.getByText("Create a cohort from scratch").click();
  const create = page.getByRole("form", { name: "New cohort" });
  await interactive(create);
  await create.getByLabel("Cohort name").fill(cohortName);
  await create.getByRole("button", { name: "Create cohort" }).click();
  await create.getByRole("link", { name: "Open the new cohort" }).click();
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  const cohortUrl = page.url().replace(/\/$/, "");

  // the registry export as it is, through the column mapping
  await page.getByRole("link", { name: /People/ }).click();
  await page.getByLabel("CSV file of students").setInputFiles({
    name: "registry.csv",
    mimeType: "text/csv",
    buffer: registryCsv(3000, (i) => `r${i}@registry.school.example`),
  });
  const columns = page.getByRole("group", { name: "Columns of the file" });
  await expect(columns.getByLabel("First name")).toHaveValue("First name");
  await expect(columns.getByLabel("Last name")).toHaveValue("Last name");
  await expect(columns.getByLabel("Email")).toHaveValue("E-mail");
  await expect(columns.getByLabel("Gender")).toHaveValue("Sex");
  await expect(page.getByText("No problems found.")).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Import 3000 rows" }).click();
  await expect(page.getByRole("status", { name: "Import result" })).toHaveText(
    /Imported 3000 people: 3000 added to the cohort/,
    { timeout: 120_000 },
  );
  await page.reload();
  await page
    .getByLabel("CSV file of students")
    .setInputFiles({ name: "mentor-applicants.csv", mimeType: "text/csv", buffer: mentorApplicantsCsv() });
  await expect(page.getByText(/12 mentor applicants/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Import 12 rows" }).click();
  await expect(page.getByRole("status", { name: "Import result" })).toHaveText(/12 added to the cohort/);

  // accept the 12 and record their training
  await page.goto(`${cohortUrl}/mentors`);
  const applications = page.getByRole("list", { name: "Applications" });
  for (let left = 12; left > 0; left--) {
    await expect(page.getByRole("heading", { name: `Applications (${left})` })).toBeVisible();
    await applications.getByRole("button", { name: "Accept" }).first().click();
  }
  await expect(page.getByRole("heading", { name: "Accepted mentors (12)" })).toBeVisible();
  for (const mod of ["Mentoring concepts", "Communication skills"]) {
    const form = await interactive(page.getByRole("form", { name: `Record ${mod}` }));
    for (const box of await form.getByRole("checkbox").all()) await box.check();
    await form.getByRole("button", { name: `Record “${mod}”` }).click();
    await expect(page.getByText(new RegExp(`${mod}: completed by every mentor`))).toBeVisible();
  }

  // pairs, the draw of 18 female and 18 male, groups, publish
  await page.goto(`${cohortUrl}/groups`);
  await page.getByRole("form", { name: "Suggest pairs" }).getByRole("button", { name: "Suggest pairs" }).click();
  await expect(page.getByRole("heading", { name: "1. Mentor pairs" }).locator("..")).toContainText("6 pairs");
  const draw = await interactive(page.getByRole("form", { name: "Random selection" }));
  await draw.getByLabel(/^Female first-years/).fill("18");
  await draw.getByLabel(/^Male first-years/).fill("18");
  await draw.getByLabel("How many mentees").fill("");
  await draw.getByRole("button", { name: "Draw mentees at random" }).click();
  await expect(page.getByText(/36 mentees drawn with seed \S+; 2,?964 first-years not drawn\./)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByLabel("Seed and numbers drawn")).toContainText("18 female, 18 male");
  await page.getByRole("form", { name: "Suggest groups" }).getByRole("button", { name: "Suggest groups" }).click();
  await expect(page.getByText(/36 mentees in groups/)).toBeVisible();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Publish pairs and groups" }).click();
  await expect(page.getByText(/^Published .*mentors and mentees see their groups/)).toBeVisible();

  // only the 12 mentors and the 36 drawn mentees were invited, as delivered to the mail server
  const invitations = (all: SinkMessage[], domain: string) =>
    all.filter((m) => m.subject?.startsWith("You are invited") && m.to.every((to) => to.endsWith(domain)));
  let received: SinkMessage[] = [];
  await expect
    .poll(
      async () => {
        received = await sinkMessages();
        return [
          invitations(received, "@mentors.school.example").length,
          invitations(received, "@registry.school.example").length,
        ];
      },
      { message: "invitations received by the mail server (mentors, mentees)", timeout: 90_000, intervals: [1_000] },
    )
    .toEqual([12, 36]);
  const menteeInvites = invitations(received, "@registry.school.example");
  expect(new Set(menteeInvites.flatMap((m) => m.to)).size, "36 different mentees").toBe(36);
  const menteeEmail = menteeInvites[0]!.to[0]!;
  const invite = menteeInvites[0]!.links.find((l) => l.includes("/invite/"))!;
  expect(invite, "the invitation's link").toBeTruthy();

  // two tabs, two cohorts
  const other = await page.context().newPage();
  await other.goto("/coordinator/cohorts");
  await other
    .getByRole("link", { name: /Cohort \d{4}-\d{4}/ })
    .first()
    .click();
  await expect(other.getByRole("heading", { level: 1, name: /Cohort \d{4}-\d{4}/ })).toBeVisible();
  await page.goto(cohortUrl);
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  await other.reload();
  await expect(other.getByRole("heading", { level: 1, name: /Cohort \d{4}-\d{4}/ })).toBeVisible();
  await other.close();

  // the mentee sets a password from the invitation, then forgets it and asks for a reset link
  await page.context().clearCookies();
  const FIRST = "lantern-meadow-quartz";
  await page.goto(new URL(invite).pathname);
  await page.getByLabel("New password").fill(FIRST);
  await page.getByLabel("Repeat the password").fill(FIRST);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status", { name: "Password status" })).toHaveText(/password is set/);
  await expect(page.getByRole("link", { name: "Continue" })).toBeVisible();
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  const forgot = await interactive(page.getByRole("form", { name: "Reset your password" }));
  await forgot.getByLabel("Email").fill(menteeEmail);
  await forgot.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText(/we have sent it a link to choose a new password/)).toBeVisible();
  // The reset link is a credential for its owner alone (no coordinator's outbox shows it, issue
  // 16): she finds it in her email.
  let resetLink: string | undefined;
  await expect
    .poll(
      async () => {
        const mail = (await sinkMessages()).find(
          (m) => m.to.includes(menteeEmail) && m.subject === "Reset your DuoMentor password",
        );
        resetLink = mail?.links.find((l) => l.includes("/reset/"));
        return resetLink;
      },
      { message: `the reset email to ${menteeEmail}`, timeout: 90_000, intervals: [1_000] },
    )
    .toMatch(/\/reset\/\S+$/);
  const resetPath = new URL(resetLink!).pathname;
  const SECOND = "harbour-thistle-compass";
  await page.goto(resetPath);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  const reset = await interactive(page.getByRole("form", { name: "Choose a new password" }));
  await reset.getByLabel("New password").fill(SECOND);
  await reset.getByLabel("Repeat the password").fill(SECOND);
  await reset.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status", { name: "Password status" })).toHaveText(/password is set/);

  // the old password is refused, the new one signs her in
  await expect(signInWithoutForm(page, menteeEmail, FIRST)).rejects.toThrow(/failed/);
  await page.getByRole("link", { name: "Sign in", exact: true }).click();
  await page.getByLabel("Email").fill(menteeEmail);
  await page.getByLabel("Password").fill(SECOND);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/mentee$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // the link works once
  await page.context().clearCookies();
  await page.goto(resetPath);
  const again = await interactive(page.getByRole("form", { name: "Choose a new password" }));
  await again.getByLabel("New password").fill("pelican-sorrel-beacon");
  await again.getByLabel("Repeat the password").fill("pelican-sorrel-beacon");
  await again.getByRole("button", { name: "Set password" }).click();
  await expect(again.getByRole("alert", { name: "Password status" })).toHaveText(
    "This link has expired or was already used. Ask for a new one on the sign-in page.",
  );
  await signInWithoutForm(page, menteeEmail, SECOND);
});
