import { expect, test } from "./fixtures";
import { LAPTOP, useLanguage } from "./i18n-helpers";

/**
 * Dates typed as a Persian reader writes them (issue 15, item 4): in Persian the report's range
 * fields take a Solar Hijri date in Persian or Latin digits, show the Gregorian day as their hint,
 * refuse what is no day next to the field, and send the ISO date the server reads.
 */
test.use({ viewport: LAPTOP });

test("a coordinator in Persian types the report's range in the Solar Hijri calendar", async ({ page, loginAs }) => {
  await useLanguage(page, "fa");
  await loginAs("coordinator");
  await page.goto("/coordinator/reports");
  const form = page.getByRole("form", { name: "تاریخ‌ها" });
  const from = form.getByLabel("از", { exact: true });
  // the range's first day, shown the Persian way
  await expect(from).toHaveValue(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);

  // not a day: a message next to the field, in Persian (typed again until the field has hydrated:
  // a plain GET form, so no data-hydrated mark to wait for)
  await expect(async () => {
    await from.fill("۱۴۰۵/۱۳/۰۱");
    await from.blur();
    await expect(form.getByText("این تاریخ معتبر نیست")).toBeVisible({ timeout: 1000 });
  }).toPass();

  // 1 Azar 1405 is 22 November 2026: the hint says so, and the form sends the ISO date
  await from.fill("1405/9/1");
  await from.blur();
  await expect(form.getByText(/^میلادی: ۲۲ نوامبر ۲۰۲۶/)).toBeVisible();
  await expect(form.getByText("این تاریخ معتبر نیست")).toHaveCount(0);
  await form.getByRole("button", { name: "نمایش" }).click();
  await expect(page).toHaveURL(/[?&]from=2026-11-22(&|$)/);
  await expect(page.getByRole("form", { name: "تاریخ‌ها" }).getByLabel("از", { exact: true })).toHaveValue(
    "۱۴۰۵/۰۹/۰۱",
  );
});
