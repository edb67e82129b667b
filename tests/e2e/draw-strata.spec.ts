import { expect, interactive, test } from "./fixtures";

/**
 * Issue 10, item 6 (decision 128): the stratified draw on the groups page of a draft cohort of
 * its own (the demo cohort's counts stay as they are): 18 female + 18 male with the
 * coordinator's seed (a stratum asked beyond its candidates is refused next to its field), the
 * seed shown, one drawn student swapped for another with a reason, then the draw redone with a
 * new seed after a confirmation. On a laptop.
 */
test.use({ viewport: { width: 1366, height: 768 } });

const pad = (n: number) => String(n).padStart(2, "0");

function studentsCsv(tag: string): string {
  const lines = ["name,email,year,gender"];
  for (let i = 1; i <= 20; i++) {
    lines.push(`Strata F${pad(i)},strata-f${pad(i)}-${tag}@draw.duomentor.test,1,female`);
    lines.push(`Strata M${pad(i)},strata-m${pad(i)}-${tag}@draw.duomentor.test,1,male`);
  }
  return lines.join("\n") + "\n";
}

test("draw 18 female + 18 male with a seed, see the seed, swap one with a reason, redo the draw", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  await loginAs("coordinator");

  // A draft cohort of its own, with 20 female and 20 male first-years.
  await page.goto("/coordinator/cohorts");
  await page.getByText("Create a cohort from scratch").click();
  const create = page.getByRole("form", { name: "New cohort" });
  const name = `Stratified draw ${tag}`;
  await create.getByLabel("Cohort name").fill(name);
  await create.getByRole("button", { name: "Create cohort" }).click();
  await create.getByRole("link", { name: "Open the new cohort" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const cohortUrl = page.url().replace(/\/$/, "");
  await page.getByRole("link", { name: /People/ }).click();
  await page
    .getByLabel("CSV file of students")
    .setInputFiles({ name: "first-years.csv", mimeType: "text/csv", buffer: Buffer.from(studentsCsv(tag)) });
  await page.getByRole("button", { name: "Import 40 rows" }).click();
  await expect(page.getByRole("status", { name: "Import result" })).toHaveText(/40 added to the cohort/);

  // The draw: too many women first (refused next to the field, what was typed kept), then 18 + 18.
  await page.goto(`${cohortUrl}/groups`);
  await expect(page.getByText(/40 first-year students waiting \(20 female, 20 male\)/)).toBeVisible();
  const draw = await interactive(page.getByRole("form", { name: "Random selection" }));
  await draw.getByLabel(/^Female first-years/).fill("25");
  await draw.getByLabel(/^Male first-years/).fill("18");
  await draw.getByLabel("How many mentees").fill("");
  await draw.getByLabel("Seed").fill(`first-${tag}`);
  await draw.getByRole("button", { name: "Draw mentees at random" }).click();
  await expect(draw.getByLabel(/^Female first-years/)).toHaveAccessibleDescription(
    /Only 20 female first-years are waiting; you asked for 25\./,
  );
  await expect(draw.getByLabel(/^Female first-years/)).toBeFocused();
  await expect(draw.getByLabel("Seed")).toHaveValue(`first-${tag}`);
  await draw.getByLabel(/^Female first-years/).fill("18");
  await draw.getByRole("button", { name: "Draw mentees at random" }).click();
  await expect(page.getByText(`36 mentees drawn with seed first-${tag}; 4 first-years not drawn.`)).toBeVisible();
  await expect(page.getByLabel("Seed and numbers drawn")).toContainText(`first-${tag}`);
  await expect(page.getByLabel("Seed and numbers drawn")).toContainText("18 female, 18 male");

  // Swap one drawn woman for a waiting woman, with a reason (required).
  await page.getByText("Swap one drawn mentee").click();
  const swap = await interactive(page.getByRole("form", { name: "Swap a drawn mentee" }));
  const out = swap.getByLabel("Drawn mentee to take out");
  const inn = swap.getByLabel("First-year to draw instead");
  const outName = (await out.locator("option").allInnerTexts()).find((t) => t.startsWith("Strata F"))!;
  await out.selectOption({ label: outName });
  // the first-year to draw instead is typed (student number or email), with suggestions of the
  // waiting ones: a drawn woman is no waiting first-year (refused next to the field)
  const suggestions = await inn.evaluate((el) =>
    [...((el as HTMLInputElement).list?.options ?? [])].map((o) => ({ value: o.value, label: o.label })),
  );
  expect(suggestions).toHaveLength(4); // 2 women and 2 men not drawn
  const waitingWoman = suggestions.find((o) => o.label.startsWith("Strata F"))!;
  const inName = waitingWoman.label;
  await inn.fill(outName.replace(/^.*\((.*)\)$/, "$1"));
  await swap.getByLabel("Reason for the swap").fill("Exchange semester abroad");
  await swap.getByRole("button", { name: "Swap" }).click();
  await expect(inn).toHaveAccessibleDescription(/No waiting first-year with that student number or email\./);
  await expect(inn).toBeFocused();
  await inn.fill(waitingWoman.value);
  await swap.getByLabel("Reason for the swap").fill("");
  await swap.getByRole("button", { name: "Swap" }).click();
  await expect(swap.getByLabel("Reason for the swap")).toHaveAccessibleDescription(
    /Give the reason for the swap \(it is kept in the audit trail\)\./,
  );
  await expect(inn).toHaveValue(waitingWoman.value);
  await swap.getByLabel("Reason for the swap").fill("Exchange semester abroad");
  await swap.getByRole("button", { name: "Swap" }).click();
  await expect(page.getByRole("status", { name: /Swap a drawn mentee/ })).toContainText(
    `${inName.replace(/ \(.*/, "")} is drawn instead of ${outName.replace(/ \(.*/, "")}.`,
  );
  await expect(page.getByLabel("Seed and numbers drawn")).toContainText("18 female, 18 male");

  // Redo the draw: a confirmation first, then a new seed, shown.
  await page.getByText("Redo the draw", { exact: true }).first().click();
  const redo = await interactive(page.getByRole("form", { name: "Redo the draw" }));
  await redo.getByLabel(/^Female first-years/).fill("18");
  await redo.getByLabel(/^Male first-years/).fill("18");
  await redo.getByLabel("Seed").fill(`second-${tag}`);
  await redo.getByRole("button", { name: "Redo the draw" }).click();
  await expect(redo.getByRole("alert", { name: "Redo the draw status" })).toBeVisible();
  await expect(redo.getByText("Tick to confirm that the drawn mentees are replaced.")).toBeVisible(); // next to the box
  await redo.getByLabel(/go back to the first-years waiting/).check();
  await redo.getByRole("button", { name: "Redo the draw" }).click();
  await expect(page.getByText(`36 mentees drawn with seed second-${tag}; 4 first-years not drawn.`)).toBeVisible();
  await expect(page.getByLabel("Seed and numbers drawn")).toContainText(`second-${tag}`);
  await expect(page.getByLabel("Seed and numbers drawn")).toContainText("18 female, 18 male");
});
