import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { buildPeople } from "../../lib/demo/people";
import { expect, test, SCREENSHOTS } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";

const people = buildPeople();

async function pdfText(file: string) {
  const doc = await getDocumentProxy(new Uint8Array(fs.readFileSync(file)));
  return (await extractText(doc, { mergePages: true })).text;
}

async function download(page: Page, click: () => Promise<void>) {
  const [d] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = path.join(test.info().outputDir, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

test("coordinator imports an exam CSV for 150 first-years with two bad rows and sees the comparison; report PDF and CSV", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(120_000);
  await loginAs("coordinator");
  await page.goto("/coordinator/outcomes");
  await expect(page.getByRole("heading", { name: "Academic outcomes", level: 1 })).toBeVisible();
  const lines = ["email,exam,date,score,maximum,passed"];
  people.firstYears.forEach((p, i) => {
    const score = 50 + ((i * 37) % 50);
    lines.push(`${p.email},Block 3 – Pharmacology,2026-11-20,${score},100,${score >= 60 ? "pass" : "fail"}`);
  });
  lines.push("someone.else@example.test,Block 3 – Pharmacology,2026-11-20,70,100,pass");
  lines.push(`${people.firstYears[0].email},Block 4,2026-11-20,130,100,pass`);
  await page.getByLabel("CSV file of exam results").setInputFiles({
    name: "block3.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(lines.join("\n")),
  });
  const status = page.getByRole("status", { name: "Import status" });
  await expect(status).toContainText("152 rows, 150 valid");
  await expect(
    page.getByRole("paragraph").filter({ hasText: "2 rows have problems: they will be skipped." }),
  ).toBeVisible();
  const problems = page.getByRole("table", { name: "2 rows have problems: they will be skipped." });
  await expect(problems).toContainText("No first-year of this cohort has this email.");
  await expect(problems).toContainText("The score must be a number from 0 to the maximum.");
  await page.getByRole("button", { name: "Import 150 results" }).click();
  await expect(status).toContainText("Imported 150 results; 2 rows skipped.");
  await page.reload();
  const heading = page.getByRole("heading", { name: /Block 3 – Pharmacology/ });
  await expect(heading).toBeVisible();
  const card = page.locator("section", { has: heading });
  await expect(card).toContainText("Mann-Whitney U =");
  await expect(card).toContainText("95% CI");
  await expect(page.getByRole("table", { name: /Block 3 – Pharmacology, / }).first()).toContainText("36");
  await expect(page.getByRole("table", { name: /Block 3 – Pharmacology, / }).first()).toContainText("114");

  // The programme report: the PDF's own text has the headings and the numbers; a CSV table.
  await page.goto("/coordinator/reports");
  await expect(page.getByRole("heading", { name: "Programme report", level: 1 })).toBeVisible();
  await expect(page.getByRole("img", { name: "Contacts per week by channel" })).toBeVisible();
  const pdf = await download(page, () => page.getByRole("link", { name: "Download the report (PDF)" }).click());
  const text = await pdfText(pdf);
  for (const s of [
    "Programme report",
    "Participation",
    "Mentees (drawn)",
    "36",
    "114",
    "Contacts per week by channel",
    "Meetings",
    "Referrals",
  ])
    expect(text).toContain(s);
  const csv = await download(page, () => page.getByRole("link", { name: "Download CSV: Participation" }).click());
  const content = fs.readFileSync(csv, "utf8");
  expect(content).toContain("Mentees (drawn),36");
  expect(content).toContain("First-years not drawn,114");
});

test("a mentor sees their hours; the coordinator approves and downloads a certificate; the URL verifies it, a tampered code is refused", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(90_000);
  const mentorName = people.clinical[0].name;
  await loginAs("mentor");
  await page.goto("/mentor/hours");
  await expect(page.getByRole("heading", { name: "Volunteer hours", level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: "By month" })).toBeVisible();
  await expect(page.getByText("Not approved yet")).toBeVisible();
  await page.context().clearCookies();

  await loginAs("coordinator");
  await page.goto("/coordinator/hours");
  await page.getByRole("button", { name: `Approve hours: ${mentorName}` }).click();
  // The row turns into the approval and its certificate (the button's form is gone).
  const row = page.getByRole("row", { name: new RegExp(`^${mentorName}`) });
  await expect(row).toContainText("Approved:");
  const file = await download(page, () =>
    page.getByRole("link", { name: `Certificate for ${mentorName} (PDF)` }).click(),
  );
  const text = await pdfText(file);
  expect(text).toContain("Certificate of volunteer service");
  expect(text).toContain(mentorName);
  const code = /Verification code: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/.exec(text)![1];
  const url = new RegExp(`(http://[^\\s]+/verify/${code})`).exec(text)![1];
  await page.context().clearCookies();

  await page.goto(new URL(url).pathname);
  await expect(page.getByRole("heading", { name: "Genuine certificate" })).toBeVisible();
  await expect(page.getByText(mentorName)).toBeVisible();
  await expect(page.locator("main")).not.toContainText("@");
  const tampered = code.slice(0, -1) + (code.endsWith("A") ? "B" : "A");
  await page.goto(`/verify/${tampered}`);
  await expect(page.getByText("No certificate has this code.", { exact: false })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(mentorName);
});

for (const locale of ["en", "fa"] as const)
  for (const [size, viewport] of [
    ["phone", PHONE],
    ["laptop", { width: 1280, height: 800 }],
  ] as const)
    test(`screenshots of issue 14's pages, ${locale}, ${size}`, SCREENSHOTS, async ({ page, loginAs }) => {
      test.setTimeout(90_000);
      void LAPTOP;
      await page.setViewportSize(viewport);
      await useLanguage(page, locale);
      const shot = (name: string) => path.join("test-results", "reports-screens", `${locale}-${size}-${name}.png`);
      await loginAs("coordinator");
      for (const [name, url] of [
        ["report", "/coordinator/reports"],
        ["outcomes", "/coordinator/outcomes"],
        ["hours", "/coordinator/hours"],
      ])
        await page.goto(url).then(() => page.screenshot({ path: shot(name), fullPage: true }));
      await page.context().clearCookies();
      await useLanguage(page, locale);
      await loginAs("mentor");
      await page.goto("/mentor/hours");
      await page.screenshot({ path: shot("mentor-hours"), fullPage: true });
      await page.goto("/verify/DMHR-S8K2-W7QX");
      await page.screenshot({ path: shot("verify"), fullPage: true });
    });
