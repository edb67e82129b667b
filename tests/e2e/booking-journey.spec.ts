import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { buildDemoData, DEMO_EMAILS, DEMO_TIME_ZONE } from "../../lib/demo/seed-demo";
import { expect, signInWithoutForm, test } from "./fixtures";

/**
 * Face-to-face meetings (issue 5). Uses the demo seed's free one-to-one time of Group 1 (the
 * clinical mentor's, in three days at 12:30, "Campus cafe") and a time the mentor opens itself
 * inside the notice window; no other spec books these.
 */
const DAY = 86_400_000;
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

function mondayOf(day: string) {
  const d = new Date(`${day}T00:00:00Z`);
  return utcDay(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY));
}

/** A Group 1 mentee other than the demo mentee who has no booking in the seed. */
function secondGroupOneMentee(): string {
  const d = buildDemoData(new Date(), "unused");
  const demoUser = d.users.find((u) => u.email === DEMO_EMAILS.mentee)!;
  const demoMembership = d.memberships.find((m) => m.userId === demoUser.id && m.role === "MENTEE")!;
  const pairId = d.assignments.find((a) => a.menteeId === demoMembership.id)!.pairId;
  const booked = new Set(d.bookings.map((b) => b.menteeId));
  const other = d.assignments.find(
    (a) => a.pairId === pairId && a.menteeId !== demoMembership.id && !booked.has(a.menteeId),
  )!;
  const userId = d.memberships.find((m) => m.id === other.menteeId)!.userId;
  return d.users.find((u) => u.id === userId)!.email;
}

async function asPerson(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithoutForm(page, email);
  return page;
}

/** A demo person's name, as seeded today. */
function nameOf(email: string): string {
  return buildDemoData(new Date(), "unused").users.find((u) => u.email === email)!.name;
}

test("a mentee books in two taps and sees it; both mentors see it; a second mentee cannot take it; the .ics downloads", async ({
  page,
  loginAs,
  browser,
}) => {
  test.setTimeout(120_000);
  await loginAs("mentee");
  const menteeName = nameOf(DEMO_EMAILS.mentee);
  await page.goto("/mentee/book");
  await expect(page.getByRole("heading", { name: "Book a meeting" })).toBeVisible();

  // tap 1: the time; tap 2: confirm
  const slot = page.getByRole("button", { name: /12:30.13:15.*Campus cafe/ });
  await slot.click();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("status", { name: "Booking status" })).toHaveText(
    /Booked: .*12:30.*Both your mentors can see it/,
  );
  await expect(slot).toContainText("Booked by you");

  await page.getByRole("link", { name: "See your meetings" }).click();
  const upcoming = page.getByRole("list", { name: "Upcoming meetings" });
  const meeting = upcoming.getByRole("listitem").filter({ hasText: /12:30.13:15/ });
  await expect(meeting).toContainText("Campus cafe");

  const icsLink = meeting.getByRole("link", { name: "Add to calendar (.ics)" });
  const icsPath = (await icsLink.getAttribute("href"))!;
  const downloading = page.waitForEvent("download");
  await icsLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = fs.readFileSync((await download.path())!, "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toMatch(/UID:booking-\S+@duomentor/);
  expect(ics).toContain(`DTSTART;TZID=${DEMO_TIME_ZONE}:`);
  expect(ics).toContain("T123000");
  expect(ics).toContain("LOCATION:Campus cafe");

  // both mentors see it in the pair's week
  const slotDay = utcDay(new Date(Date.parse(`${utcDay(new Date())}T00:00:00Z`) + 3 * DAY));
  for (const email of [DEMO_EMAILS.clinicalMentor, DEMO_EMAILS.preclinicalMentor]) {
    const mentor = await asPerson(browser, email);
    await mentor.goto(`/mentor/availability?week=${mondayOf(slotDay)}`);
    const bookings = mentor.getByRole("list", { name: /Bookings at 12:30.13:15/ });
    await expect(bookings).toContainText(menteeName);
    await expect(bookings).toContainText("Booked");
    await mentor.context().close();
  }

  // a second mentee of the group cannot take the same one-to-one time
  const other = await asPerson(browser, secondGroupOneMentee());
  await other.goto("/mentee/book");
  const taken = other.getByRole("button", { name: /12:30.13:15.*Campus cafe/ });
  await expect(taken).toContainText("Full");
  await expect(taken).toBeDisabled();
  // ... nor read someone else's booking as a calendar file
  expect((await other.request.get(icsPath)).status()).toBe(404);
  await other.context().close();
});

test("a cancellation inside the notice window is refused with a clear message", async ({ page, loginAs, browser }) => {
  test.setTimeout(120_000);
  // The clinical mentor opens a time starting in about three hours (inside the 24-hour notice).
  const start = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 300_000) * 300_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: DEMO_TIME_ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(start)
      .map((p) => [p.type, p.value]),
  );
  const mentor = await asPerson(browser, DEMO_EMAILS.clinicalMentor);
  await mentor.goto("/mentor/availability");
  const form = mentor.getByRole("form", { name: "Open new times" });
  await form.getByLabel("Date").fill(`${parts.year}-${parts.month}-${parts.day}`);
  await form.getByLabel("Start time").fill(`${parts.hour}:${parts.minute}`);
  await form.getByLabel("Place").fill("Notice test room");
  await form.getByRole("button", { name: "Open for booking" }).click();
  await expect(form.getByRole("status", { name: "Open times status" })).toHaveText(/1 time is open for booking/);
  await mentor.context().close();

  await loginAs("mentee");
  await page.goto("/mentee/book");
  await page.getByRole("button", { name: /Notice test room/ }).click();
  await expect(page.getByText(/you cannot cancel or move it yourself/)).toBeVisible();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("status", { name: "Booking status" })).toHaveText(/Booked/);

  await page.goto("/mentee/meetings");
  const meeting = page
    .getByRole("list", { name: "Upcoming meetings" })
    .getByRole("listitem")
    .filter({ hasText: "Notice test room" });
  await expect(meeting).toContainText("only your mentors can cancel it now");
  await meeting.getByRole("button", { name: "Cancel meeting" }).click();
  await meeting.getByRole("button", { name: "Yes, cancel the meeting" }).click();
  await expect(meeting.getByRole("alert", { name: "Cancel status" })).toHaveText(
    /up to 1 day before they start.*contact your mentors/,
  );
  await page.reload();
  await expect(page.getByRole("list", { name: "Upcoming meetings" })).toContainText("Notice test room");
});
