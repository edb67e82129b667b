/**
 * The one check of every post-sign-in target (issue 16, item 1): the login page's callbackUrl, a
 * signed-in visit to /login, and next-auth's own redirect callback all call it. Pure.
 *
 * A target is accepted only as a same-origin relative path after URL parsing and normalisation;
 * anything else (absolute URLs, protocol-relative `//host`, `/\host`, TAB/CR/LF that browsers strip,
 * encoded slashes or control characters, `javascript:`) falls back to "/", which sends the person
 * to their role's home.
 */
const BASE = "http://duomentor.invalid";
/** Raw control characters, whitespace and backslashes: browsers strip or reinterpret them. */
const UNSAFE_RAW = /[\u0000-\u0020\u007f-\u009f\\]/;
/** Percent-encoded slash, backslash, control characters or `%` itself (double encoding) in the path. */
const UNSAFE_ENCODED = /%(2f|5c|25|[01][0-9a-f]|7f)/i;

export const HOME_FALLBACK = "/";

/** `signInPages`: the language switch returns to /login itself; sign-in never does (a loop). */
export function safeCallbackPath(
  value: unknown,
  fallback = HOME_FALLBACK,
  opts: { signInPages?: boolean } = {},
): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string" || v.length === 0 || v.length > 2000) return fallback;
  if (UNSAFE_RAW.test(v)) return fallback;
  if (!v.startsWith("/") || v.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(v, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  if (UNSAFE_ENCODED.test(url.pathname)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback; // malformed escapes
  }
  if (decoded.startsWith("//") || UNSAFE_RAW.test(decoded)) return fallback;
  // The sign-in pages themselves are no destination (a loop), nor next-auth's endpoints.
  if (!opts.signInPages && /^\/(login|logout|api\/auth)(\/|$)/.test(url.pathname)) return fallback;
  return url.pathname + url.search + url.hash;
}

/**
 * next-auth's redirect callback: absolute URLs on our own origin become paths, then the same check.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/$/, "");
  let path = url;
  if (url.startsWith(base + "/") || url === base) path = url.slice(base.length) || "/";
  if (path === "/login") return `${base}/login`; // signing out lands on the sign-in page
  return base + safeCallbackPath(path);
}
