import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { buildDemoData, DEMO_EMAILS, DEMO_TIME_ZONE } from "../../lib/demo/seed-demo";
import { expect, interactive, signInWithoutForm, test, SCREENSHOTS } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";

/**
 * Programme sessions (issue 12): a coordinator schedules a 2-seat role-model session; two mentees
 * say going on phones, a third is waitlisted; one cancels and the third is promoted; the
 * coordinator takes attendance on a phone; the demo mentee rates the past role-model session and
 * the role model sees the average once 3 answered; a mentor takes attendance and writes minutes.
 */
const demo = buildDemoData(new Date(), "unused");
const nameOf = (email: string) => demo.users.find((u) => u.email === email)!.name;

/** Three mentees (the demo mentee first) by email. */
function mentees(n: number): string[] {
  // drawn mentees only: the first-years not drawn are MENTEE candidates with no mentee pages
  const ids = new Set(
    demo.memberships.filter((m) => m.role === "MENTEE" && m.status === "ACTIVE").map((m) => m.userId),
  );
  const emails = demo.users.filter((u) => ids.has(u.id!) && u.email !== DEMO_EMAILS.mentee).map((u) => u.email);
  return [DEMO_EMAILS.mentee, ...emails.slice(5, 5 + n - 1)];
}

async function asPerson(browser: Browser, email: string, viewport = PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signInWithoutForm(page, email);
  return page;
}

/** Wall-clock date and time in the cohort's zone, `minutes` from now. */
function localIn(minutes: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: DEMO_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

const card = (page: Page, title: string) => page.getByRole("region", { name: title });

test("schedule 2 seats, RSVP on phones, waitlist and promotion, attendance on a phone", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Bedside physiology ${Date.now()}`;
  const start = localIn(40);
  const end = localIn(100);
  const coordinator = await asPerson(browser, DEMO_EMAILS.coordinator, LAPTOP);
  await coordinator.goto("/coordinator/sessions/new");
  const form = await interactive(coordinator.getByRole("form", { name: "Schedule a session" }));
  await form.getByLabel("Kind of session").selectOption("ROLE_MODEL");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Date").fill(start.date);
  await form.getByLabel("Starts").fill(start.time);
  await form.getByLabel("Ends").fill(end.date === start.date ? end.time : "23:59");
  await form.getByLabel("Place").fill("Lecture hall 2");
  await form.getByLabel("For").selectOption("MENTEES");
  await form.getByLabel(/^Seats/).fill("2");
  await form.getByLabel("Speaker (a role model of the cohort)").selectOption({ label: nameOf(DEMO_EMAILS.roleModel) });
  await form.getByRole("button", { name: "Schedule the session" }).click();
  await expect(coordinator.getByRole("status", { name: "Session status" })).toHaveText("Session scheduled.");

  const [a, b, c] = mentees(3);
  const pa = await asPerson(browser, a);
  const pb = await asPerson(browser, b);
  const pc = await asPerson(browser, c);
  for (const p of [pa, pb]) {
    await p.goto("/mentee/sessions");
    await card(p, title).getByRole("button", { name: "Going", exact: true }).click();
    await expect(card(p, title).getByRole("status", { name: "RSVP status" })).toHaveText(/You are going/);
  }
  await pc.goto("/mentee/sessions");
  await card(pc, title).getByRole("button", { name: "Join the waitlist" }).click();
  await expect(card(pc, title).getByRole("status", { name: "RSVP status" })).toHaveText(/number 1 on the waitlist/);
  await expect(card(pc, title).getByText("Waitlist: number 1")).toBeVisible();

  // one cancels: the third is promoted (and sees it)
  await card(pb, title).getByRole("button", { name: "Cancel my RSVP" }).click();
  await expect(card(pb, title).getByRole("status", { name: "RSVP status" })).toHaveText(/not going/);
  await pc.reload();
  await expect(card(pc, title).getByText("Going", { exact: true })).toBeVisible();

  // the coordinator takes attendance on a phone
  await coordinator.setViewportSize(PHONE);
  await coordinator.goto("/coordinator/sessions");
  await coordinator.getByRole("link", { name: title }).click();
  const line = coordinator.getByRole("form", { name: `Attendance of ${nameOf(a)}` });
  await line.getByRole("button", { name: "Present" }).click();
  await expect(line.getByRole("button", { name: "Present" })).toHaveAttribute("aria-pressed", "true");
  const walkIn = coordinator.getByRole("form", { name: `Attendance of ${nameOf(b)}` });
  await walkIn.getByRole("button", { name: "Excused" }).click();
  await expect(walkIn.getByRole("button", { name: "Excused" })).toHaveAttribute("aria-pressed", "true");
  const shots = path.join(test.info().project.outputDir, "sessions-screens");
  await coordinator.screenshot({ path: path.join(shots, "en-phone-coordinator-attendance.png"), fullPage: true });
});

test("feedback: the third answer shows the role model the average", async ({ browser }) => {
  const mentee = await asPerson(browser, DEMO_EMAILS.mentee);
  await mentee.goto("/mentee/sessions");
  const past = card(mentee, "From physiology lecture to the emergency room");
  await past.getByLabel("Your rating").selectOption("5");
  await past.getByLabel(/^Comment/).fill("Please come back next term.");
  await past.getByRole("button", { name: "Send feedback" }).click();
  // the form is replaced by the answer's receipt
  await expect(past.getByRole("status")).toHaveText("You rated this session. Thank you!");

  const roleModel = await asPerson(browser, DEMO_EMAILS.roleModel, LAPTOP);
  await roleModel.goto("/role-model");
  const mine = card(roleModel, "From physiology lecture to the emergency room");
  await expect(mine.getByText(/^Average 4\.7 of 5 from 3 answers$/)).toBeVisible();
  await expect(mine.getByText("Please come back next term.")).toBeVisible();
});

test("a mentor takes attendance and writes the minutes of an inter-mentor session", async ({ browser }) => {
  const mentor = await asPerson(browser, DEMO_EMAILS.clinicalMentor);
  await mentor.goto("/mentor/sessions");
  const past = mentor.getByRole("region", { name: "Past" });
  await past.getByRole("link", { name: "Attendance and minutes" }).first().click();
  const partner = nameOf(DEMO_EMAILS.preclinicalMentor);
  const line = mentor.getByRole("form", { name: `Attendance of ${partner}` });
  await line.getByRole("button", { name: "Absent" }).click();
  await expect(line.getByRole("button", { name: "Absent" })).toHaveAttribute("aria-pressed", "true");
  await line.getByRole("button", { name: "Present" }).click();
  await expect(line.getByRole("button", { name: "Present" })).toHaveAttribute("aria-pressed", "true");
  const minutes = mentor.getByRole("form", { name: "Minutes of the session" });
  await minutes.getByLabel("Problems raised, ideas and actions agreed").fill("ok");
  await minutes.getByRole("button", { name: "Save the minutes" }).click();
  await expect(minutes.getByLabel("Problems raised, ideas and actions agreed")).toHaveAccessibleDescription(
    /10 to 8,000 characters/,
  );
  await minutes
    .getByLabel("Problems raised, ideas and actions agreed")
    .fill("A mentee struggles with the anatomy block. Agreed: share our spaced-repetition decks.");
  await minutes.getByRole("button", { name: "Save the minutes" }).click();
  await expect(minutes.getByRole("status", { name: "Minutes status" })).toHaveText("Minutes saved.");
});

for (const locale of ["en", "fa"] as const)
  test(`screenshots of the sessions pages: phone and laptop, ${locale}`, SCREENSHOTS, async ({ browser }) => {
    test.setTimeout(300_000);
    const shots = path.join(test.info().project.outputDir, "sessions-screens");
    const pages: [string, string][] = [
      [DEMO_EMAILS.mentee, "/mentee/sessions"],
      [DEMO_EMAILS.clinicalMentor, "/mentor/sessions"],
      [DEMO_EMAILS.roleModel, "/role-model"],
      [DEMO_EMAILS.coordinator, "/coordinator/sessions"],
      [DEMO_EMAILS.coordinator, "/coordinator/sessions/new"],
      [DEMO_EMAILS.coordinator, "/coordinator/sessions/attendance"],
    ];
    {
      for (const [size, viewport] of [
        ["phone", PHONE],
        ["laptop", { width: 1280, height: 800 }],
      ] as const) {
        for (const [email, url] of pages) {
          const context = await browser.newContext({ viewport });
          const page = await context.newPage();
          await useLanguage(page, locale);
          await signInWithoutForm(page, email);
          await page.goto(url);
          await page.evaluate(() => document.fonts.ready);
          const name = `${locale}-${size}-${url.replaceAll("/", "_").slice(1)}.png`;
          await page.screenshot({ path: path.join(shots, name), fullPage: size === "phone" });
          await context.close();
        }
      }
    }
  });
