import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "@/lib/auth/redirect";

/**
 * Issue 16, item 1: every post-sign-in target is a same-origin relative path after parsing and
 * normalisation; known bypasses go to "/" (the role home).
 */
const BYPASSES = [
  "/%09/evil.example/", // the reported one: the browser strips the TAB after decoding
  "/\t/evil.example/",
  "/\n/evil.example",
  "/\r/evil.example",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "/%0d%0aSet-Cookie:x=1",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "/%5Cevil.example",
  "/%5c%5cevil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%252F%252Fevil.example", // double encoding
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "/javascript:alert(1)".replace("/", ""),
  "data:text/html,<script>alert(1)</script>",
  "http://evil.example/",
  "https://evil.example/coordinator",
  "HTTPS://evil.example",
  "//evil.example@127.0.0.1",
  "evil.example",
  "/ /evil.example",
  "/\u0000/evil.example",
  "/%00",
  "",
  "/login",
  "/login?callbackUrl=/x",
  "/api/auth/signout",
  "/%E0%A4%A", // malformed escape
];

describe("safeCallbackPath", () => {
  it.each(BYPASSES)("refuses %j (goes to the role home)", (target) => {
    expect(safeCallbackPath(target)).toBe("/");
  });

  it.each([
    ["/coordinator", "/coordinator"],
    ["/coordinator/cohorts/abc/people?tab=mentors#list", "/coordinator/cohorts/abc/people?tab=mentors#list"],
    ["/mentor/contacts/new?menteeId=x%20y", "/mentor/contacts/new?menteeId=x%20y"],
    ["/settings", "/settings"],
    ["/mentee/../coordinator", "/coordinator"], // normalised
    ["/a/./b", "/a/b"],
  ])("keeps the same-origin path %j", (target, expected) => {
    expect(safeCallbackPath(target)).toBe(expected);
  });

  it("takes the first of repeated parameters and refuses non-strings", () => {
    expect(safeCallbackPath(["/mentor", "//evil.example"])).toBe("/mentor");
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(42)).toBe("/");
    expect(safeCallbackPath("/" + "a".repeat(3000))).toBe("/");
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  const base = "http://127.0.0.1:3000";
  it("keeps our own absolute URLs as paths and refuses other origins", () => {
    expect(safeRedirectUrl(`${base}/mentor`, base)).toBe(`${base}/mentor`);
    expect(safeRedirectUrl("/supervisor", base)).toBe(`${base}/supervisor`);
    expect(safeRedirectUrl("https://evil.example/", base)).toBe(`${base}/`);
    expect(safeRedirectUrl(`${base}.evil.example/`, base)).toBe(`${base}/`);
    expect(safeRedirectUrl(`${base}//evil.example`, base)).toBe(`${base}/`);
    expect(safeRedirectUrl("/%09/evil.example/", base)).toBe(`${base}/`);
  });
  it("lets sign-out land on the sign-in page", () => {
    expect(safeRedirectUrl(`${base}/login`, base)).toBe(`${base}/login`);
  });
});
