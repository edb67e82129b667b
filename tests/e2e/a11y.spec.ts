import type { Page } from "@playwright/test";
import { KNOWN_VIOLATIONS } from "./a11y-known";
import { axeViolations, sidewaysOverflow } from "./axe";
import { type DemoRole, expect, signInWithoutForm, DEMO_LOGINS, test } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";

/**
 * The accessibility sweep (docs/decisions/071-accessibility-sweep.md): axe with the WCAG 2.0,
 * 2.1 and 2.2 A and AA rules over every page of every role, at phone and laptop size, in
 * English and in Persian (right to left). Any violation fails, except the known ones of pages
 * other work owns (a11y-known.ts, a list that only shrinks); a known one that is gone fails too.
 * Pages with an id in the path are found by following the first matching link on a list page.
 */

type PageRef = string | { from: string; link: RegExp; suffix?: string };

const PAGES: Record<DemoRole | "anonymous", PageRef[]> = {
  anonymous: [
    "/login",
    "/logout",
    "/no-role",
    "/invite/not-a-real-token",
    "/this-page-does-not-exist",
    "/verify",
    "/verify/DMHR-S8K2-W7QX",
  ],
  coordinator: [
    "/coordinator",
    "/coordinator/cohorts",
    { from: "/coordinator/cohorts", link: /^\/coordinator\/cohorts\/[^/]+$/ },
    { from: "/coordinator/cohorts", link: /^\/coordinator\/cohorts\/[^/]+$/, suffix: "/staff" },
    { from: "/coordinator/cohorts", link: /^\/coordinator\/cohorts\/[^/]+$/, suffix: "/people" },
    { from: "/coordinator/cohorts", link: /^\/coordinator\/cohorts\/[^/]+$/, suffix: "/mentors" },
    { from: "/coordinator/cohorts", link: /^\/coordinator\/cohorts\/[^/]+$/, suffix: "/groups" },
    "/coordinator/compliance",
    "/coordinator/meetings",
    "/coordinator/sessions",
    "/coordinator/sessions/new",
    "/coordinator/sessions/attendance",
    { from: "/coordinator/sessions", link: /^\/coordinator\/sessions\/(?!new$|attendance$)[^/]+$/ },
    "/coordinator/templates",
    "/coordinator/support-centres",
    "/coordinator/referrals",
    "/coordinator/outbox",
    "/coordinator/surveys",
    { from: "/coordinator/surveys", link: /^\/coordinator\/surveys\/[^/]+$/ },
    "/coordinator/reports",
    "/coordinator/outcomes",
    "/coordinator/hours",
    "/coordinator/audit",
    "/settings",
  ],
  supervisor: [
    "/supervisor",
    { from: "/supervisor", link: /^\/supervisor\/referrals\/[^/]+$/ },
    "/supervisor/compliance",
    { from: "/supervisor/compliance", link: /^\/supervisor\/compliance\/[^/]+$/ },
    "/supervisor/reports",
    "/supervisor/sessions",
    "/supervisor/surveys",
    { from: "/supervisor/surveys", link: /^\/supervisor\/surveys\/[^/]+$/ },
    "/supervisor/feedback",
    { from: "/supervisor/feedback", link: /^\/supervisor\/feedback\/[^/]+$/ },
    "/supervisor/reports/outcomes",
    "/supervisor/reports/hours",
    "/supervisor/audit",
    "/settings",
  ],
  mentor: [
    "/mentor",
    "/mentor/contacts/new",
    { from: "/mentor", link: /^\/mentor\/contacts\/(?!new)[^/?]+$/ },
    "/mentor/availability",
    "/mentor/sessions",
    { from: "/mentor/sessions", link: /^\/mentor\/sessions\/[^/]+$/ },
    "/mentor/templates",
    "/mentor/referrals",
    "/mentor/referrals/new",
    { from: "/mentor/referrals", link: /^\/mentor\/referrals\/(?!new)[^/?]+$/ },
    "/mentor/surveys",
    { from: "/mentor/surveys", link: /^\/mentor\/surveys\/[^/]+$/ },
    "/mentor/feedback",
    "/mentor/hours",
    "/apply",
    "/settings",
    "/coordinator", // another role's page: the 403
  ],
  clinicalMentor: [],
  preclinicalMentor: [],
  mentee: [
    "/mentee",
    "/mentee/book",
    "/mentee/meetings",
    "/mentee/sessions",
    "/mentee/contacts",
    "/mentee/referrals",
    "/mentee/surveys",
    { from: "/mentee/surveys", link: /^\/mentee\/surveys\/[^/]+$/ },
    "/apply",
    "/settings",
  ],
  roleModel: ["/role-model", "/settings"],
};

/** The path of a page, following a link on a list page when it has an id in it (once per list page). */
async function resolve(page: Page, ref: PageRef, links: Map<string, string[]>): Promise<string> {
  if (typeof ref === "string") return ref;
  let hrefs = links.get(ref.from);
  if (!hrefs) {
    await page.goto(ref.from);
    const read = () => page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    // the list may still be streaming in when the load event fires: wait for a matching link
    await expect
      .poll(async () => (await read()).some((h) => ref.link.test(h.split("#")[0])), { timeout: 15_000 })
      .toBe(true)
      .catch(() => undefined);
    hrefs = await read();
    links.set(ref.from, hrefs);
  }
  const href = hrefs.map((h) => h.split("#")[0]).find((h) => ref.link.test(h));
  if (!href) throw new Error(`No link matching ${ref.link} on ${ref.from}`);
  return href + (ref.suffix ?? "");
}

type Size = "phone" | "laptop";
const SIZES: [Size, { width: number; height: number }][] = [
  ["phone", PHONE],
  ["laptop", LAPTOP],
];

interface Found {
  path: string;
  size: Size;
  rule: string;
  nodes: number;
  targets: string;
}

/** Each page once, analysed at both sizes (the page reflows; nothing is fetched again). */
async function sweep(page: Page, refs: PageRef[]): Promise<{ found: Found[]; paths: string[] }> {
  const found: Found[] = [];
  const paths: string[] = [];
  const links = new Map<string, string[]>();
  for (const ref of refs) {
    const path = await resolve(page, ref, links);
    paths.push(path);
    await page.setViewportSize(PHONE);
    await page.goto(path); // "load": the page is server-rendered; fonts do not change what axe sees
    for (const [size, viewport] of SIZES) {
      await page.setViewportSize(viewport);
      const wider = await sidewaysOverflow(page); // WCAG 1.4.10, reflow
      if (size === "phone" && wider > 0)
        found.push({ path, size, rule: "reflow: the page is wider than the phone", nodes: 1, targets: `${wider}px` });
      for (const v of await axeViolations(page)) {
        found.push({
          path,
          size,
          rule: v.id,
          nodes: v.nodes.length,
          targets: v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(" | "),
        });
      }
    }
  }
  return { found, paths };
}

// The checker itself: a page with a known fault of each kind the sweep relies on must fail.
test("@a11y the checker finds an image without a text alternative, faint text and a page too wide for a phone", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.setContent(
    `<html lang="en"><head><title>t</title></head><body><main><img src="data:,"><p style="color:#bbb;background:#fff">faint</p></main></body></html>`,
  );
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(["image-alt", "color-contrast"]));
  expect(await sidewaysOverflow(page)).toBe(0);
  await page.setContent(
    `<html lang="en"><body><table><tr><td style="min-width:900px">wide</td></tr></table></body></html>`,
  );
  expect(await sidewaysOverflow(page)).toBeGreaterThan(400);
  await page.setContent(
    `<html lang="en"><body><div style="overflow-x:auto"><table><tr><td style="min-width:900px">wide</td></tr></table></div></body></html>`,
  );
  expect(await sidewaysOverflow(page)).toBe(0);
});

for (const locale of ["en", "fa"] as const) {
  // @a11y: the sweep does not depend on the database, so CI runs it once (on PGlite).
  test.describe(`@a11y accessibility, ${locale}, phone and laptop`, () => {
    for (const [role, refs] of Object.entries(PAGES)) {
      if (refs.length === 0) continue;
      test(`${role}: every page`, async ({ page }) => {
        test.setTimeout(300_000);
        await useLanguage(page, locale);
        if (role !== "anonymous") await signInWithoutForm(page, DEMO_LOGINS[role as DemoRole]);
        const { found, paths } = await sweep(page, refs);
        const applies = (k: (typeof KNOWN_VIOLATIONS)[number], size: Size) =>
          (!k.sizes || k.sizes.includes(size)) && (!k.locales || k.locales.includes(locale));
        const known = (f: Found) =>
          KNOWN_VIOLATIONS.some((k) => applies(k, f.size) && k.rule === f.rule && k.path.test(f.path));
        const unexpected = found.filter((f) => !known(f));
        const gone = KNOWN_VIOLATIONS.flatMap((k) =>
          SIZES.filter(
            ([size]) =>
              applies(k, size) &&
              paths.some((p) => k.path.test(p)) &&
              !found.some((f) => f.size === size && f.rule === k.rule && k.path.test(f.path)),
          ).map(([size]) => `${k.path} ${k.rule} at ${size} (${k.owner}): fixed, remove it from a11y-known.ts`),
        );
        expect.soft(gone, "known violations that are gone").toEqual([]);
        expect(unexpected, "accessibility violations").toEqual([]);
      });
    }
  });
}
