/**
 * The security headers and request-body limits (issue 16, item 5; docs/decisions/062-headers-and-bodies.md).
 * Pure (no next/*, no process.env): proxy.ts applies them to every request, and the unit tests read
 * the same constants.
 */

/** Server-action and form bodies above this get 413 (Next's own default limit for actions). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The Content-Security-Policy for one response. Scripts: only those carrying this request's nonce
 * (Next.js puts it on its own inline and bundle scripts) and what they load ('strict-dynamic'):
 * no 'unsafe-inline', no 'unsafe-eval' outside development. Styles: our stylesheet and nonced
 * <style> elements; style="" attributes stay allowed (a bar's width; they cannot run code).
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, subdomains included: only ever sent over HTTPS. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** Headers every response carries (next.config.ts also sets them, for static files). */
export const STATIC_HEADERS: [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "same-origin"],
  ["X-Frame-Options", "DENY"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
];

export type BodyProblem = "too-large" | "malformed" | null;

/**
 * Is a server-action body one that Next.js could decode? (Otherwise Next answers 500 and resets
 * the connection.) The action id is hex; a multipart body parses as form data whose numbered
 * rows are JSON; any other body is one JSON value.
 */
export async function actionBodyProblem(
  actionId: string,
  contentType: string,
  body: ArrayBuffer,
): Promise<BodyProblem> {
  if (body.byteLength > BODY_LIMIT_BYTES) return "too-large";
  if (!/^[0-9a-f]{16,128}$/i.test(actionId)) return "malformed";
  if (/^multipart\/form-data/i.test(contentType)) {
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    } catch {
      return "malformed";
    }
    let root = false;
    for (const [key, value] of form.entries()) {
      if (!/^\d+$/.test(key)) continue;
      if (key === "0") root = true;
      if (typeof value !== "string") return "malformed";
      try {
        JSON.parse(value);
      } catch {
        return "malformed";
      }
    }
    return root ? null : "malformed";
  }
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    return null;
  } catch {
    return "malformed";
  }
}
