import fs from "node:fs";
import type { Browser, Locator, Page } from "@playwright/test";
import { buildDemoData, DEMO_EMAILS } from "../../lib/demo/seed-demo";
import { expect, signInWithoutForm, test } from "./fixtures";
import { useLanguage } from "./i18n-helpers";

/**
 * Daily flows on a phone (issue 11): every result inside the viewport where the person acted,
 * announced and focused; a second tap after a save sends nothing; a move keeps the calendar event
 * (same UID, SEQUENCE + 1); the cadence on the mentor's home; every destination in the menu.
 * Uses the demo mentee's own meeting (in two days, 16:00) and the free 17:00 time in five days,
 * the group time in six days, and Group 1's preclinical mentor: no other spec changes those.
 */
test.use({ viewport: { width: 390, height: 844 } });

async function expectInViewport(page: Page, el: Locator) {
  await expect(el).toBeVisible();
  await expect
    .poll(async () => {
      const box = await el.boundingBox();
      const vp = page.viewportSize()!;
      return !!box && box.y >= 0 && box.y + Math.min(box.height, 200) <= vp.height && box.x >= 0;
    })
    .toBe(true);
}

async function asPerson(browser: Browser, email: string, locale?: "fa" | "ko") {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (locale) await useLanguage(page, locale);
  await signInWithoutForm(page, email);
  return page;
}

function bookedMenteeOfGroupOne(): string {
  const d = buildDemoData(new Date(), "unused");
  const demoUser = d.users.find((u) => u.email === DEMO_EMAILS.mentee)!;
  const demo = d.memberships.find((m) => m.userId === demoUser.id && m.role === "MENTEE")!;
  const pairId = d.assignments.find((a) => a.menteeId === demo.id)!.pairId;
  const booked = new Set(d.bookings.map((b) => b.menteeId));
  // the last one without a booking (the booking journey takes the first)
  const free = d.assignments.filter((a) => a.pairId === pairId && a.menteeId !== demo.id && !booked.has(a.menteeId));
  const userId = d.memberships.find((m) => m.id === free[free.length - 1].menteeId)!.userId;
  return d.users.find((u) => u.id === userId)!.email;
}

const uidOf = (ics: string) => ics.match(/UID:(\S+)/)?.[1];
const seqOf = (ics: string) => Number(ics.match(/SEQUENCE:(\d+)/)?.[1]);

test("a mentor logs a call: the result is in view and focused, the button says Saved, a second tap adds nothing; the cadence is explained", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await asPerson(browser, DEMO_EMAILS.preclinicalMentor);
  await page.goto("/mentor");
  // the cadence, in words, for each mentee, and why
  const mentees = page.getByRole("list", { name: "Mentees" });
  await expect(mentees.getByRole("listitem").first()).toContainText(/Calls every .+ (now|until)/);
  await page.getByText("Why this rhythm?").click();
  await expect(page.getByText(/The programme asks for a contact every/)).toBeVisible();
  const recent = page.getByRole("list", { name: "Recent contacts" }).getByRole("listitem");
  const before = await recent.count();

  const first = mentees.getByRole("listitem").first();
  const name = (await first.getAttribute("aria-label"))!;
  await first.getByRole("link", { name: `Log contact with ${name}` }).click();
  const form = page.getByRole("form", { name: "Log a contact" });
  await form.getByLabel("Minutes").fill("12");
  await form.getByRole("button", { name: "Save contact" }).click();
  const status = form.getByRole("status", { name: "Save status" });
  await expect(status).toContainText("Contact saved.");
  await expectInViewport(page, status);
  await expect(status).toBeFocused();
  // the form started over ("With" empty) and cannot send the same contact again
  await expect(form.getByLabel("With")).toHaveValue("");
  await expect(form.getByLabel("Minutes")).toHaveValue("");
  const saved = form.getByRole("button", { name: /Saved/ });
  await expect(saved).toBeDisabled();
  await saved.click({ force: true });
  // an empty "With" is refused in words, next to the field
  await form.getByLabel("Minutes").fill("5");
  await form.getByRole("button", { name: "Save contact" }).click();
  await expect(form.getByText("Choose a mentee or the whole group.")).toBeVisible();
  await expect(form.getByLabel("With")).toBeFocused();
  await expect(page.locator("body")).not.toContainText("Invalid input");

  await page.goto("/mentor");
  await expect(recent).toHaveCount(Math.min(before + 1, 12));
  // (not necessarily first: other journeys may have logged a later contact of the same pair)
  await expect(recent.filter({ hasText: `You · Phone call · ${name}` }).filter({ hasText: "12 min" })).not.toHaveCount(
    0,
  );
  await page.context().close();
});

test("a mentee moves a meeting and cancels it: each confirmation in view; the calendar file keeps the event (same UID, SEQUENCE+1), then cancels it", async ({
  page,
  loginAs,
}) => {
  test.setTimeout(120_000);
  await loginAs("mentee");
  await page.goto("/mentee/meetings");
  const upcoming = page.getByRole("list", { name: "Upcoming meetings" });
  // by time and place: another spec (booking-journey's notice test) books a time about three hours
  // from now, which can fall on these hours
  const meeting = upcoming
    .getByRole("listitem")
    .filter({ hasText: /16:00.16:45/ })
    .filter({ hasText: "Dormitory study room" });
  const icsBefore = await (
    await page.request.get((await meeting.getByRole("link", { name: "Add to calendar (.ics)" }).getAttribute("href"))!)
  ).text();
  const uid = uidOf(icsBefore)!;

  await meeting.getByRole("link", { name: "Move to another time" }).click();
  await expect(page.getByRole("heading", { name: "Move your meeting" })).toBeVisible();
  await page.getByRole("button", { name: /17:00.17:45.*Campus cafe/ }).click();
  await page.getByRole("button", { name: "Confirm new time" }).click();

  await expect(page).toHaveURL(/\/mentee\/meetings\?moved=/);
  const done = page.getByRole("status", { name: "Booking confirmation" });
  await expect(done).toContainText(/Moved to .*17:00/);
  await expectInViewport(page, done);
  await expect(done).toBeFocused();
  const downloading = page.waitForEvent("download");
  await done.getByRole("link", { name: "Updated calendar file (.ics)" }).click();
  const moved = fs.readFileSync((await (await downloading).path())!, "utf8");
  expect(uidOf(moved)).toBe(uid);
  expect(seqOf(moved)).toBe(seqOf(icsBefore) + 1);
  expect(moved).toContain("T170000");
  expect(moved).toContain("STATUS:CONFIRMED");
  // the old time is listed as moved, not as a second meeting
  await expect(page.getByRole("list", { name: "Past and cancelled meetings" })).toContainText("Moved");

  const now = upcoming
    .getByRole("listitem")
    .filter({ hasText: /17:00.17:45/ })
    .filter({ hasText: "Campus cafe" });
  await now.getByRole("button", { name: "Cancel meeting" }).click();
  await now.getByLabel("Reason").fill("Exam moved");
  await now.getByRole("button", { name: "Yes, cancel the meeting" }).click();
  await expect(page).toHaveURL(/cancelled=/);
  const cancelled = page.getByRole("status", { name: "Booking confirmation" });
  await expect(cancelled).toContainText(/is cancelled\. Your mentors have been emailed\./);
  await expectInViewport(page, cancelled);
  // announced (a live status in view) and focused, after the navigation too
  await expect(cancelled).toHaveAttribute("role", "status");
  await expect(cancelled).toBeFocused();
  const href = (await cancelled.getByRole("link", { name: "Cancellation file (.ics)" }).getAttribute("href"))!;
  const gone = await (await page.request.get(href)).text();
  expect(gone).toContain("METHOD:CANCEL");
  expect(gone).toContain("STATUS:CANCELLED");
  expect(uidOf(gone)).toBe(uid);
});

test("phone navigation: a menu with every destination, no Apply for people in a cohort", async ({ page, loginAs }) => {
  await loginAs("mentor");
  await page.goto("/mentor");
  const nav = page.getByRole("navigation", { name: /pages/i }).first();
  const menu = nav.getByRole("button", { name: /Menu/ });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  for (const name of ["My group", "Log a contact", "Availability", "Email templates", "Referrals"]) {
    await expectInViewport(page, nav.getByRole("link", { name, exact: true }));
  }
  await expect(nav.getByRole("link", { name: "Apply" })).toHaveCount(0);
  await nav.getByRole("link", { name: "Referrals", exact: true }).click();
  await expect(page).toHaveURL(/\/mentor\/referrals$/);
});

test("in Persian, a mentor logs a call; in Korean, a mentee books", async ({ browser }) => {
  test.setTimeout(120_000);
  const mentor = await asPerson(browser, DEMO_EMAILS.clinicalMentor, "fa");
  await mentor.goto("/mentor");
  await expect(mentor.locator("html")).toHaveAttribute("dir", "rtl");
  await mentor.getByRole("link", { name: "ثبت تماس", exact: true }).first().click();
  const form = mentor.getByRole("form", { name: "ثبت تماس" });
  await form.getByLabel("با").selectOption({ index: 1 });
  await form.getByRole("button", { name: "ذخیرهٔ تماس" }).click();
  const status = form.getByRole("status", { name: "وضعیت ذخیره" });
  await expect(status).toContainText("تماس ذخیره شد.");
  await expectInViewport(mentor, status);
  await mentor.context().close();

  const mentee = await asPerson(browser, bookedMenteeOfGroupOne(), "ko");
  await mentee.goto("/mentee/book");
  await expect(mentee.getByRole("heading", { name: "만남 예약" })).toBeVisible();
  await mentee.getByRole("button", { name: /18:00.*Lecture room B/ }).click();
  await mentee.getByRole("button", { name: "예약 확인" }).click();
  const booked = mentee.getByRole("status", { name: "예약 상태" });
  await expect(booked).toContainText("예약됨:");
  await expectInViewport(mentee, booked);
  await expect(booked).toBeFocused();
  await mentee.context().close();
});
