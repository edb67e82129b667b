import path from "node:path";
import { DEMO_EMAILS } from "../../lib/demo/seed-demo";
import { expect, signInWithoutForm, test, SCREENSHOTS } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";

/**
 * Screenshots of the daily pages (issue 11) for a person to look at: the mentor home (cadence),
 * My meetings after a move, the log-contact form after a save, the phone menu and the supervisor's
 * referral page, at 390×844 and 1280×800, in English and Persian:
 * test-results/daily-screens/<locale>-<size>-<page>.png. Reads only (the move is the demo
 * mentee's group time's neighbour: a Group 1 mentee without bookings is not needed).
 */
const shot = (name: string) => path.join(test.info().project.outputDir, "daily-screens", name);

for (const locale of ["en", "fa"] as const) {
  test(`daily screenshots in ${locale}`, SCREENSHOTS, async ({ browser }) => {
    test.setTimeout(120_000);
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", { ...LAPTOP, width: 1280, height: 800 }],
    ] as const) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await useLanguage(page, locale);
      await signInWithoutForm(page, DEMO_EMAILS.clinicalMentor);
      await page.goto("/mentor");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: shot(`${locale}-${size}-mentor-home.png`), fullPage: true });
      if (size === "phone") {
        await page.getByRole("navigation").getByRole("button").first().click();
        await page.screenshot({ path: shot(`${locale}-${size}-menu.png`) });
      }
      await page.goto("/mentor/contacts/new");
      await page.getByRole("form").locator("select").first().selectOption({ index: 1 });
      await page
        .getByRole("form")
        .getByRole("button", { name: /Save contact|ذخیرهٔ تماس/ })
        .click();
      await expect(page.getByRole("form").getByRole("status")).toBeFocused();
      await page.screenshot({ path: shot(`${locale}-${size}-contact-saved.png`) });
      await context.close();

      const mentee = await browser.newContext({ viewport });
      const mp = await mentee.newPage();
      await useLanguage(mp, locale);
      await signInWithoutForm(mp, DEMO_EMAILS.mentee);
      await mp.goto("/mentee/meetings");
      // any of the mentee's meetings: the confirmation after a move names its time
      const href = await mp.locator('a[href^="/api/calendar/booking/"]').first().getAttribute("href");
      const id = href!.split("/").pop();
      await mp.goto(`/mentee/meetings?moved=${id}`);
      await mp.evaluate(() => document.fonts.ready);
      await mp.screenshot({ path: shot(`${locale}-${size}-meetings-confirmation.png`), fullPage: true });
      await mentee.close();

      const sup = await browser.newContext({ viewport });
      const sp = await sup.newPage();
      await useLanguage(sp, locale);
      await signInWithoutForm(sp, DEMO_EMAILS.supervisor);
      await sp.goto("/supervisor");
      const link = sp.locator('a[href^="/supervisor/referrals/"]').first();
      await sp.goto((await link.getAttribute("href"))!);
      await sp.screenshot({ path: shot(`${locale}-${size}-supervisor-referral.png`), fullPage: true });
      await sup.close();
    }
  });
}
