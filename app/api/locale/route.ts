import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { safeReturnPath } from "@/lib/i18n/paths";

/**
 * The sign-in page's language switch (components/i18n/language-switch.tsx): remembers the
 * language in a cookie for a year and goes back to the page (same site only). Changing nothing
 * but that cookie, it needs no session; an unknown language is ignored.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData();
  const locale = form.get("locale");
  const back = safeReturnPath(form.get("returnTo"));
  // A relative Location: right behind any proxy, and never another site.
  const response = new NextResponse(null, { status: 303, headers: { Location: back } });
  if (isLocale(locale)) {
    response.cookies.set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 365 * 24 * 3600,
      sameSite: "lax",
      httpOnly: true,
      secure: request.nextUrl.protocol === "https:",
    });
  }
  return response;
}
