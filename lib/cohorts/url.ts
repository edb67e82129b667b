/**
 * The cohort a coordinator page shows is named by its URL (decision 113): the path of the setup
 * pages (/coordinator/cohorts/<id>/…) or `?cohort=<id>` on every other page. proxy.ts reads it
 * with `cohortInUrl` and passes it on in COHORT_HEADER (layouts cannot read the query string);
 * lib/auth/session.ts chooses the caller's membership in that cohort. Pure: no next/*, no db.
 */

export const COHORT_HEADER = "x-duomentor-cohort";
export const COHORT_PARAM = "cohort";

const COHORT_PATH = /^\/coordinator\/cohorts\/([^/?#]+)/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The cohort id a URL names, or null (ids are short opaque strings: anything odd names none). */
export function cohortInUrl(pathname: string, query: URLSearchParams): string | null {
  const fromPath = COHORT_PATH.exec(pathname)?.[1];
  const id = fromPath ?? query.get(COHORT_PARAM);
  return id && ID.test(id) ? id : null;
}

/**
 * The same page for another cohort: a setup page keeps its tab (/coordinator/cohorts/<other>/staff),
 * any other page gets `?cohort=<other>` (other query parameters belong to the old cohort's page:
 * a search, a page number; they are dropped).
 */
export function pageForCohort(pathname: string, cohortId: string): string {
  const m = COHORT_PATH.exec(pathname);
  if (m) return `/coordinator/cohorts/${cohortId}${pathname.slice(m[0].length)}`;
  return `${pathname}?${COHORT_PARAM}=${encodeURIComponent(cohortId)}`;
}

/** A link to another coordinator page in the cohort shown (none named: the default one). */
export function withCohort(href: string, cohortId: string | null | undefined): string {
  if (!cohortId || COHORT_PATH.test(href)) return href;
  const [path, hash] = href.split("#");
  const sep = path.includes("?") ? "&" : "?";
  return `${path}${sep}${COHORT_PARAM}=${encodeURIComponent(cohortId)}${hash !== undefined ? `#${hash}` : ""}`;
}

/**
 * A page's link with its query: the cohort the page shows first (when one is named; a setup page's
 * path names it already), then `params` in order, empty ones dropped (no `?q=&page=`).
 */
export function hrefWith(
  path: string,
  params: Record<string, string | null | undefined>,
  cohortId?: string | null,
): string {
  const all = { ...(cohortId && !COHORT_PATH.test(path) ? { [COHORT_PARAM]: cohortId } : {}), ...params };
  const q = new URLSearchParams(Object.entries(all).filter((e): e is [string, string] => !!e[1])).toString();
  return q ? `${path}?${q}` : path;
}
