import { NextResponse, type NextRequest } from "next/server";
import { COHORT_HEADER, cohortInUrl } from "./lib/cohorts/url";
import { env } from "./lib/env";
import {
  actionBodyProblem,
  BODY_LIMIT_BYTES,
  contentSecurityPolicy,
  HSTS,
  STATIC_HEADERS,
} from "./lib/security/headers";

/**
 * Runs before every request (Next.js 16 proxy, Node.js runtime, same process as the app):
 *  1. while the database cannot be opened (lib/db.ts), a plain 503 page for every request but
 *     /api/health, which reports it; no path or pid ever reaches a person;
 *  2. request bodies: over 1 MB get 413, server-action bodies Next could not decode get 400
 *     (Next itself answers 500 and resets the connection);
 *  3. a fresh nonce and the Content-Security-Policy built on it (Next.js reads it from the request
 *     header and puts it on its scripts), HSTS over HTTPS, COOP and the other headers;
 *  4. the cohort the URL names (`?cohort=<id>` or /coordinator/cohorts/<id>/…) in a request
 *     header for lib/auth/session.ts (layouts cannot read the query); a client's own copy of the
 *     header is always replaced (decision 113).
 */
const DB_STATE = "__duomentorDbState";

function plain(status: number, title: string, text: string, headers: Record<string, string> = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · DuoMentor</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      ...Object.fromEntries(STATIC_HEADERS),
      ...headers,
    },
  });
}

function isHttps(request: NextRequest): boolean {
  return (
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ||
    (env.NEXTAUTH_URL ?? "").startsWith("https://")
  );
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;

  // 1. The database.
  const state = (globalThis as Record<string, unknown>)[DB_STATE] as { status?: string } | undefined;
  if (state?.status === "unavailable" && pathname !== "/api/health") {
    return plain(
      503,
      "DuoMentor is unavailable",
      "DuoMentor cannot reach its database at the moment. Please try again in a few minutes.",
      { "Retry-After": "30" },
    );
  }

  // 2. Bodies.
  if (request.method !== "GET" && request.method !== "HEAD") {
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > BODY_LIMIT_BYTES) {
      return plain(413, "Too much data", "That request was larger than 1 MB. Send less at a time.");
    }
    const actionId = request.headers.get("next-action");
    if (actionId !== null) {
      let body: ArrayBuffer;
      try {
        body = await request.arrayBuffer();
      } catch {
        return plain(400, "Bad request", "That request could not be read.");
      }
      const problem = await actionBodyProblem(actionId, request.headers.get("content-type") ?? "", body);
      if (problem === "too-large") {
        return plain(413, "Too much data", "That request was larger than 1 MB. Send less at a time.");
      }
      if (problem === "malformed") return plain(400, "Bad request", "That request could not be read.");
    }
  }

  // 3. Headers.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const https = isHttps(request);
  const csp = contentSecurityPolicy(nonce, { https, dev: env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const cohort = cohortInUrl(pathname, request.nextUrl.searchParams);
  if (cohort) requestHeaders.set(COHORT_HEADER, cohort);
  else requestHeaders.delete(COHORT_HEADER);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of STATIC_HEADERS) response.headers.set(k, v);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
