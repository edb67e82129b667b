import { expect, test } from "./fixtures";
import { registryCsv } from "./registry-csv";

/**
 * A registry export imports as it is (issue 10, item 5; decision 129): 3,000 rows of 14 columns
 * with "First name", "Last name" and "E-mail" headers go through the column-mapping step (one
 * column chosen by hand) into a draft cohort created here (the demo cohort's counts stay as
 * they are); importing the same file again adds nobody twice; a file with missing names shows
 * one grouped line instead of one line per row. On a 1366×768 laptop.
 */
test.use({ viewport: { width: 1366, height: 768 } });

function registry(count: number, tag: string, noName: (i: number) => boolean = () => false): Buffer {
  return registryCsv(count, (i) => `r${i}.${tag}@registry.example.edu`, {
    noName,
    languages: (i) => (i % 10 === 0 ? "Persian; English" : "English"),
  });
}

test("a coordinator imports a 3,000-row registry export via column mapping, twice, and sees grouped problems", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(240_000);
  const tag = `m${Date.now()}`;
  const cohortName = `Registry Import ${tag}`;
  await loginAs("coordinator");
  await page.goto("/coordinator/cohorts");
  await page.getByText("Create a cohort from scratch").click();
  const create = page.getByRole("form", { name: "New cohort" });
  await create.getByLabel("Cohort name").fill(cohortName);
  await create.getByRole("button", { name: "Create cohort" }).click();
  await create.getByRole("link", { name: "Open the new cohort" }).click();
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  await page.getByRole("link", { name: /People/ }).click();
  const file = page.getByLabel("CSV file of students");

  // 1. 30 rows without a name: one grouped line, the first three rows shown, nothing written.
  await file.setInputFiles({
    name: "registry-broken.csv",
    mimeType: "text/csv",
    buffer: registry(40, `${tag}x`, (i) => i < 30),
  });
  const problems = page.getByRole("alert", { name: "Import problems" });
  await expect(problems).toContainText("30 problems: nothing was imported");
  await expect(problems).toContainText("30 rows have no name: lines 2-31");
  await expect(problems.getByRole("row")).toHaveCount(4); // a header and the first three
  await expect(problems.getByText("Name is missing.")).toHaveCount(3);

  // 2. The registry export as it is: the mapping is guessed from its headers…
  await file.setInputFiles({ name: "registry.csv", mimeType: "text/csv", buffer: registry(3000, tag) });
  const columns = page.getByRole("group", { name: "Columns of the file" });
  await expect(columns.getByLabel("First name")).toHaveValue("First name");
  await expect(columns.getByLabel("Last name")).toHaveValue("Last name");
  await expect(columns.getByLabel("Email")).toHaveValue("E-mail");
  await expect(columns.getByLabel("Gender")).toHaveValue("Sex");
  await expect(columns.getByLabel("Student number")).toHaveValue("Student ID");
  await expect(columns.getByLabel("Full name")).toHaveValue("");
  await expect(page.getByText("No problems found.")).toBeVisible({ timeout: 60_000 });
  // …and one column the guess does not know is chosen by hand.
  await expect(columns.getByLabel("Dormitory")).toHaveValue("");
  await columns.getByLabel("Dormitory").selectOption("Lives on campus");
  await expect(page.getByText("No problems found.")).toBeVisible({ timeout: 60_000 });
  const importButton = page.getByRole("button", { name: "Import 3000 rows" });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Import result" })).toHaveText(
    /Imported 3000 people: 3000 added to the cohort/,
    { timeout: 120_000 },
  );
  await page.reload();
  await expect(page.getByText("First-year students").locator("..")).toContainText(/3,?000/);

  // 3. The same file again: everyone is already in the cohort, nobody is added twice.
  await page
    .getByLabel("CSV file of students")
    .setInputFiles({ name: "registry.csv", mimeType: "text/csv", buffer: registry(3000, tag) });
  await expect(page.getByText(/3000 rows, 3000 update people already known/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Import 3000 rows" }).click();
  await expect(page.getByRole("status", { name: "Import result" })).toHaveText(
    /Imported 3000 people: 0 added to the cohort .* 3000 already in it/,
    { timeout: 120_000 },
  );
  await page.reload();
  await expect(page.getByText("First-year students").locator("..")).toContainText(/3,?000/);
});
