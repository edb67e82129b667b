import { expect, test, DEMO_LOGINS, DEMO_PASSWORD, signInWithoutForm } from "./fixtures";
import { LAPTOP, PHONE, useLanguage } from "./i18n-helpers";
import { axeViolations } from "./axe";

/**
 * Languages end to end (docs/i18n.md): the sign-in page switched to Persian, a mentor signs in
 * with the form and the whole shell is right to left, in Persian, with Solar Hijri dates in
 * Persian digits on /settings; Korean from the browser's Accept-Language; a person's own choice
 * in /settings outranks the cookie (and is put back afterwards, for the other specs).
 */
test.use({ viewport: PHONE });

test("sign-in page switched to Persian; a mentor signs in; the shell is right to left in Persian", async ({ page }) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await page.getByRole("form", { name: "Language" }).getByRole("button", { name: "فارسی" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "ورود" })).toBeVisible();
  await expect(page.getByRole("button", { name: "فارسی" })).toHaveAttribute("aria-pressed", "true");

  // a wrong password: the error in Persian
  await page.getByLabel("ایمیل").fill(DEMO_LOGINS.mentor);
  await page.getByLabel("گذرواژه").fill("not-the-password");
  await page.getByRole("button", { name: "ورود", exact: true }).click();
  await expect(page.getByRole("alert", { name: "خطای ورود" })).toContainText("با هیچ حسابی جور نیست");
  // the email field stays left to right (an address), whatever the page's direction
  await expect(page.getByLabel("ایمیل")).toHaveAttribute("dir", "ltr");

  await page.getByLabel("گذرواژه").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "ورود", exact: true }).click();
  await expect(page).toHaveURL(/\/mentor$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const nav = page.getByRole("navigation", { name: "صفحه‌های منتور" });
  // on a phone the destinations are behind the menu button (components/shell/nav-links.tsx)
  await nav.getByRole("button", { name: /منو/ }).click();
  await expect(nav.getByRole("link", { name: "گروه من" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "خروج" })).toBeVisible();

  // mirrored: the brand sits at the right edge, the account links at the left
  const brand = await page.getByRole("link", { name: "DuoMentor" }).boundingBox();
  const signOut = await page.getByRole("link", { name: "خروج" }).boundingBox();
  expect(brand!.x + brand!.width).toBeGreaterThan(PHONE.width - 40);
  expect(signOut!.x).toBeLessThan(brand!.x);

  // Persian glyphs come from the self-hosted Vazirmatn, not a fallback box
  await page.evaluate(() => document.fonts.ready);
  expect(
    await page.evaluate(() => [...document.fonts].some((f) => f.family.includes("Vazirmatn") && f.status === "loaded")),
  ).toBe(true);

  // /settings: Persian headings, the programme's dates in the Solar Hijri calendar, Persian digits
  await page.getByRole("link", { name: /مشخصات شما/ }).click();
  await expect(page.getByRole("heading", { name: "مشخصات شما", level: 1 })).toBeVisible();
  const dates = page.getByRole("region", { name: "برنامه‌های شما" }).getByRole("listitem").first();
  await expect(dates).toContainText(/منتور در/);
  await expect(dates).toContainText(/[۰-۹]{4}/); // a year in Persian digits (14xx)
  await expect(dates).toContainText(/ تا /);
  expect(await dates.locator("span").nth(1).textContent()).not.toMatch(/[0-9]/);
  await expect(
    page
      .getByRole("region", { name: "برنامه‌های شما" })
      .getByText(/فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند/)
      .first(),
  ).toBeVisible();

  // a field error from the server, in Persian, next to the field; typed text kept
  const form = page.getByRole("form", { name: "اطلاعات تماس" });
  await form.getByLabel("شمارهٔ تلفن").fill("call me");
  await form.getByRole("button", { name: "ذخیرهٔ اطلاعات" }).click();
  await expect(form.getByRole("alert", { name: "وضعیت ذخیره" })).toHaveText("لطفاً خانه‌های مشخص‌شده را اصلاح کنید.");
  await expect(form.getByLabel("شمارهٔ تلفن")).toHaveAccessibleDescription(/فقط با رقم/);
  await expect(form.getByLabel("شمارهٔ تلفن")).toHaveValue("call me");
});

test("Korean from the browser's Accept-Language; a person's own choice outranks the cookie", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR", viewport: PHONE });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { name: "로그인" })).toBeVisible();
  await expect(page.getByLabel("비밀번호")).toBeVisible();

  // the role model (no other spec uses them) chooses English in /settings: it beats the browser
  await signInWithoutForm(page, DEMO_LOGINS.roleModel);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "내 정보", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "언어" });
  await form.getByLabel("언어", { exact: true }).selectOption("en");
  await form.getByRole("button", { name: "언어 저장" }).click();
  await expect(page.getByRole("heading", { name: "Your details", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/role-model");
  await expect(page.getByRole("navigation", { name: "Role model pages" })).toBeVisible();

  // back to "as my browser": Korean again
  await page.goto("/settings");
  const again = page.getByRole("form", { name: "Language" });
  await again.getByLabel("Language", { exact: true }).selectOption("");
  await again.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("heading", { name: "내 정보", level: 1 })).toBeVisible();
  await context.close();
});

/**
 * The coordinator opens compliance in Persian (phone, right to left) and in Korean (laptop):
 * translated headings and filters found by role, Persian digits / Korean words in the figures,
 * and no axe violation (WCAG 2.0/2.1/2.2 A and AA, as tests/e2e/a11y.spec.ts).
 */
const COMPLIANCE = {
  fa: {
    dir: "rtl",
    viewport: PHONE,
    title: "رعایت برنامهٔ تماس",
    filters: "پالایه‌ها",
    apply: "اعمال",
    figures: /[۰-۹]+ از [۰-۹]+/,
  },
  ko: {
    dir: "ltr",
    viewport: LAPTOP,
    title: "연락 이행 현황",
    filters: "필터",
    apply: "적용",
    figures: /예정된 \d+건 중 \d+건/,
  },
} as const;

for (const [locale, c] of Object.entries(COMPLIANCE) as [keyof typeof COMPLIANCE, (typeof COMPLIANCE)["fa" | "ko"]][]) {
  test(`the coordinator opens compliance in ${locale}`, async ({ page }) => {
    await page.setViewportSize(c.viewport);
    await useLanguage(page, locale);
    await signInWithoutForm(page, DEMO_LOGINS.coordinator);
    await page.goto("/coordinator/compliance");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", c.dir);
    await expect(page.getByRole("heading", { level: 1, name: c.title })).toBeVisible();
    const filters = page.getByRole("form", { name: c.filters });
    await expect(filters.getByRole("button", { name: c.apply })).toBeVisible();
    await expect(page.getByRole("main").getByText(c.figures).first()).toBeVisible();
    if (locale === "fa") {
      // the figures in Persian digits only
      expect(await page.getByRole("main").getByText(c.figures).first().textContent()).not.toMatch(/[0-9]/);
    }
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
