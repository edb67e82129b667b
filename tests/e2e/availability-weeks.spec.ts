import type { Locator, Page } from "@playwright/test";
import { buildDemoData, DEMO_TIME_ZONE } from "../../lib/demo/seed-demo";
import { expect, signInWithoutForm, test } from "./fixtures";

/**
 * Availability on a phone (issue 11, item 6): the coming weeks in one list, a form that starts
 * at the next sensible time, "Start over" that resets every field (the kind too), and a result in
 * view, focused, that jumps to the week just opened. Uses Group 2's clinical mentor (no other spec
 * opens times for that group) and a 07:05 time two weeks ahead (nothing else is then).
 */
test.use({ viewport: { width: 390, height: 844 } });

function groupTwoClinicalMentor(): string {
  const d = buildDemoData(new Date(), "unused");
  const pair = d.pairs[1];
  const userId = d.memberships.find((m) => m.id === pair.clinicalMentorId)!.userId;
  return d.users.find((u) => u.id === userId)!.email;
}

function localDay(d: Date) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: DEMO_TIME_ZONE, dateStyle: "short" }).format(d);
}

async function expectInViewport(page: Page, el: Locator) {
  await expect(el).toBeVisible();
  await expect
    .poll(async () => {
      const box = await el.boundingBox();
      const vp = page.viewportSize()!;
      return !!box && box.y >= 0 && box.y + Math.min(box.height, 200) <= vp.height;
    })
    .toBe(true);
}

test("a mentor opens a time two weeks ahead: the form starts at a sensible time, Start over resets everything, the new time is listed without paging", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInWithoutForm(page, groupTwoClinicalMentor());
  await page.goto("/mentor/availability");

  // four weeks listed at once, from this week
  const weeks = page.getByRole("region", { name: /^Week of / });
  await expect(weeks).toHaveCount(4);

  const form = page.getByRole("form", { name: "Open new times" });
  const date = form.getByLabel("Date");
  const time = form.getByLabel("Start time");
  const defaultDate = await date.inputValue();
  const defaultTime = await time.inputValue();
  // never a time already past: the default start is at least an hour away
  const start = Date.parse(`${defaultDate}T${defaultTime}:00Z`);
  expect(defaultDate >= localDay(new Date())).toBe(true);
  expect(start).toBeGreaterThan(Date.now() - 2 * 3_600_000); // (UTC parse; the zone is at most 2 h ahead)

  // Start over: every field back, the kind (and its seats) included
  const kind = form.getByLabel("Who can come");
  const defaultKind = await kind.inputValue();
  await kind.selectOption(defaultKind === "GROUP" ? "INDIVIDUAL" : "GROUP");
  await expect(form.getByLabel("Seats")).toHaveCount(defaultKind === "GROUP" ? 0 : 1);
  await form.getByLabel("Place").fill("Somewhere else");
  await date.fill(localDay(new Date(Date.now() + 3 * 86_400_000)));
  await form.getByRole("button", { name: "Start over" }).click();
  await expect(kind).toHaveValue(defaultKind);
  await expect(form.getByLabel("Seats")).toHaveCount(defaultKind === "GROUP" ? 1 : 0);
  await expect(form.getByLabel("Date")).toHaveValue(defaultDate);
  await expect(form.getByLabel("Place")).not.toHaveValue("Somewhere else");

  // a time two weeks ahead: listed on this page, no "Next" needed
  const day = localDay(new Date(Date.now() + 15 * 86_400_000));
  await form.getByLabel("Date").fill(day);
  await form.getByLabel("Start time").fill("07:05");
  await form.getByLabel("Length").selectOption({ label: "30 minutes" });
  await form.getByLabel("Who can come").selectOption("INDIVIDUAL");
  await form.getByLabel("Place").fill("E2E early room");
  await form.getByRole("button", { name: "Open for booking" }).click();
  const status = form.getByRole("status", { name: "Open times status" });
  await expect(status).toHaveText(/1 time is open for booking/);
  await expectInViewport(page, status);
  await expect(status).toBeFocused();
  // a second tap sends nothing
  await expect(form.getByRole("button", { name: /Saved/ })).toBeDisabled();
  await expect(page.getByText(/07:05–07:35 · E2E early room/)).toHaveCount(1);

  // the form now starts from this time: 07:05, 30 minutes, the same place
  await expect(form.getByLabel("Start time")).toHaveValue("07:05");
  await expect(form.getByLabel("Length")).toHaveValue("30");
  await expect(form.getByLabel("Place")).toHaveValue("E2E early room");

  // the link to the week the new times start in
  await status.getByRole("link", { name: "Show the week they start" }).click();
  await expect(page).toHaveURL(/\/mentor\/availability\?week=\d{4}-\d{2}-\d{2}#week-/);
  const first = page.getByRole("region", { name: /^Week of / }).first();
  await expect(first).toContainText("E2E early room");
  await expectInViewport(page, first);
});
