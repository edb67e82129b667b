import { describe, expect, it } from "vitest";
import { chooseLocale, fromAcceptLanguage } from "@/lib/i18n/choose";
import { isLocale, LOCALE_INFO, LOCALES, localeDir } from "@/lib/i18n/config";
import { isKeyLike } from "@/lib/i18n/msg";
import { safeReturnPath } from "@/lib/i18n/paths";

describe("chooseLocale: person > cohort default > cookie > Accept-Language > English", () => {
  const all = { person: "ko", cohort: "fa", cookie: "en", acceptLanguage: "fa-IR" };

  it("takes the person's own choice over everything", () => {
    expect(chooseLocale(all)).toBe("ko");
  });
  it("without one, the cohort's default", () => {
    expect(chooseLocale({ ...all, person: null })).toBe("fa");
  });
  it("without either, the sign-in page's cookie", () => {
    expect(chooseLocale({ ...all, person: null, cohort: null })).toBe("en");
    expect(chooseLocale({ cookie: "ko", acceptLanguage: "fa" })).toBe("ko");
  });
  it("without a cookie, the browser's Accept-Language", () => {
    expect(chooseLocale({ acceptLanguage: "fa-IR,fa;q=0.9,en;q=0.8" })).toBe("fa");
    expect(chooseLocale({ acceptLanguage: "ko-KR" })).toBe("ko");
  });
  it("with nothing usable, English", () => {
    expect(chooseLocale({})).toBe("en");
    expect(chooseLocale({ acceptLanguage: "de-DE,fr;q=0.5" })).toBe("en");
  });
  it("skips values that are not one of our languages at every level", () => {
    expect(chooseLocale({ person: "de", cohort: "xx", cookie: "FA", acceptLanguage: "ko" })).toBe("ko");
    expect(chooseLocale({ person: "", cohort: "fa" })).toBe("fa");
  });
});

describe("fromAcceptLanguage", () => {
  it("orders by quality, then by position", () => {
    expect(fromAcceptLanguage("en;q=0.5, ko;q=0.9, fa;q=0.7")).toBe("ko");
    expect(fromAcceptLanguage("fa, ko")).toBe("fa");
  });
  it("matches a region or script subtag to its language, case-insensitively", () => {
    expect(fromAcceptLanguage("KO-kr")).toBe("ko");
    expect(fromAcceptLanguage("fa-Arab-IR")).toBe("fa");
  });
  it("passes over languages we do not have to the next one", () => {
    expect(fromAcceptLanguage("de-DE,de;q=0.9,fa;q=0.3")).toBe("fa");
  });
  it("ignores *, q=0 and malformed parts", () => {
    expect(fromAcceptLanguage("*")).toBeNull();
    expect(fromAcceptLanguage("fa;q=0, en;q=0.1")).toBe("en");
    expect(fromAcceptLanguage("ko;q=abc, fa")).toBe("fa");
    expect(fromAcceptLanguage("")).toBeNull();
    expect(fromAcceptLanguage(null)).toBeNull();
  });
});

describe("the language table", () => {
  it("has a direction, an Intl tag and its own name for every language", () => {
    for (const l of LOCALES) {
      expect(isLocale(l)).toBe(true);
      expect(LOCALE_INFO[l].name.length).toBeGreaterThan(1);
      expect(() => new Intl.DateTimeFormat(LOCALE_INFO[l].intl)).not.toThrow();
    }
    expect(localeDir("fa")).toBe("rtl");
    expect(localeDir("en")).toBe("ltr");
    expect(localeDir("ko")).toBe("ltr");
    expect(new Intl.DateTimeFormat(LOCALE_INFO.fa.intl).resolvedOptions()).toMatchObject({
      calendar: "persian",
      numberingSystem: "arabext",
    });
  });
});

describe("message keys and plain sentences", () => {
  it("tells a catalog key from a sentence", () => {
    expect(isKeyLike("settings.errors.phoneDigits")).toBe(true);
    expect(isKeyLike("db.User_email_key")).toBe(true);
    expect(isKeyLike("Saved.")).toBe(false);
    expect(isKeyLike("Please correct the highlighted fields.")).toBe(false);
    expect(isKeyLike("e.g. this")).toBe(false);
    expect(isKeyLike("settings")).toBe(false);
  });
});

describe("safeReturnPath", () => {
  it("keeps same-site paths only", () => {
    expect(safeReturnPath("/login?callbackUrl=%2Fmentor")).toBe("/login?callbackUrl=%2Fmentor");
    expect(safeReturnPath("//evil.example")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(safeReturnPath(null)).toBe("/");
  });
});
