import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { Prisma, type Phase } from "../../generated/prisma/client";
import { COHORT_HEADER } from "../cohorts/url";
import { db } from "../db";
import { authOptions } from "./options";
import { type CohortActor, type Role, ROLE_ORDER } from "./permissions";
import { testContext } from "./test-context";

/** The signed-in user's id, from the session cookie (or the test context under vitest). */
export const getSessionUserId = cache(async (): Promise<string | null> => {
  const t = testContext();
  if (t) return t.userId;
  return (await getSignIn())?.userId ?? null;
});

/**
 * The live sign-in behind this request: next-auth decodes the cookie and its jwt callback checks
 * the server-side session (lib/auth/sessions.ts), so an ended session reads as signed out.
 */
export const getSignIn = cache(async (): Promise<{ userId: string; sessionId: string } | null> => {
  const t = testContext();
  if (t) return t.userId ? { userId: t.userId, sessionId: t.sessionId ?? "" } : null;
  const session = await getServerSession(authOptions);
  return session?.user?.id ? { userId: session.user.id, sessionId: session.sessionId ?? "" } : null;
});

export interface ViewerMembership {
  id: string;
  role: Role;
  phase: Phase | null;
  cohort: { id: string; name: string; status: "DRAFT" | "ACTIVE" | "CLOSED"; timeZone: string };
}

export interface Viewer {
  user: { id: string; name: string; email: string };
  /** Active memberships, the most relevant cohort first (active, then newest). */
  memberships: ViewerMembership[];
  /** Roles the person holds somewhere, in landing order. */
  roles: Role[];
}

/** One row per active membership of the user (none: one row with the user only), most relevant first. */
interface FactRow {
  userId: string;
  userName: string;
  email: string;
  locale: string | null;
  id: string | null;
  role: Role | null;
  phase: Phase | null;
  cohortId: string | null;
  cohortName: string | null;
  cohortStatus: "DRAFT" | "ACTIVE" | "CLOSED" | null;
  timeZone: string | null;
  defaultLocale: string | null;
  published: boolean | null;
  mentorPairId: string | null;
  menteePairId: string | null;
}

/**
 * Everything the pages and the pipeline need about a caller, in ONE statement: the user, their
 * active memberships with each cohort, and the pair each membership mentors in or belongs to
 * (docs/decisions/100-one-identity-query-per-request.md). Before, the viewer was 3 statements
 * and every cohort actor 5 more, run once per layout and once per page.
 */
async function loadFacts(userId: string, cohortId?: string): Promise<FactRow[]> {
  const cohortFilter = cohortId ? Prisma.sql`AND m."cohortId" = ${cohortId}` : Prisma.empty;
  return db().$queryRaw<FactRow[]>`
    SELECT u.id AS "userId", u.name AS "userName", u.email, u.locale,
           m.id, m.role::text AS role, m.phase::text AS phase,
           c.id AS "cohortId", c.name AS "cohortName", c.status::text AS "cohortStatus", c."timeZone", c."defaultLocale",
           (c."groupsPublishedAt" IS NOT NULL) AS published,
           COALESCE(pc.id, pp.id) AS "mentorPairId", a."pairId" AS "menteePairId"
      FROM "User" u
      LEFT JOIN "Membership" m ON m."userId" = u.id AND m.status = 'ACTIVE' ${cohortFilter}
      LEFT JOIN "Cohort" c ON c.id = m."cohortId"
      LEFT JOIN "MentorPair" pc ON pc."clinicalMentorId" = m.id
      LEFT JOIN "MentorPair" pp ON pp."preclinicalMentorId" = m.id
      LEFT JOIN "MenteeAssignment" a ON a."menteeId" = m.id
     WHERE u.id = ${userId}
     ORDER BY CASE c.status WHEN 'ACTIVE' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END, c."startsOn" DESC, m.id`;
}

function actorFromFacts(userId: string, cohortId: string, rows: FactRow[]): CohortActor | null {
  const memberships = rows.filter((r) => r.id !== null && r.cohortId === cohortId);
  if (memberships.length === 0) return null;
  // Pairs and groups are drafts, invisible to mentors and mentees, until the coordinator publishes.
  const published = memberships[0].published === true;
  const mentor = memberships.find((m) => m.role === "MENTOR");
  const mentee = memberships.find((m) => m.role === "MENTEE");
  return {
    userId,
    cohortId,
    roles: new Set(memberships.map((m) => m.role as Role)),
    membershipIds: Object.fromEntries(memberships.map((m) => [m.role, m.id])),
    mentorPairId: published ? (mentor?.mentorPairId ?? null) : null,
    menteePairId: published ? (mentee?.menteePairId ?? null) : null,
  };
}

/** The signed-in caller's facts, once per request (React `cache` is per request; the key is the user). */
const callerFacts = cache(async (userId: string) => loadFacts(userId));

/** Who is signed in and in which roles; one query, cached for the request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const userId = await getSessionUserId();
  if (!userId) return null;
  const rows = await callerFacts(userId);
  if (rows.length === 0) return null;
  const memberships: ViewerMembership[] = rows
    .filter((r) => r.id !== null)
    .map((r) => ({
      id: r.id!,
      role: r.role!,
      phase: r.phase,
      cohort: { id: r.cohortId!, name: r.cohortName!, status: r.cohortStatus!, timeZone: r.timeZone! },
    }));
  const roles = ROLE_ORDER.filter((r) => memberships.some((m) => m.role === r));
  return { user: { id: rows[0].userId, name: rows[0].userName, email: rows[0].email }, memberships, roles };
});

/**
 * The signed-in reader's language choices (lib/i18n/server.ts), from the same facts: their own
 * choice, else the default of their most relevant cohort that sets one; the zone of that cohort.
 * The same answer as lib/i18n/people.ts personLocale(), without its statements.
 */
export async function callerLocale(
  userId: string,
): Promise<{ own: string | null; cohortDefault: string | null; timeZone: string } | null> {
  const rows = await callerFacts(userId);
  if (rows.length === 0) return null;
  const cohorts = rows.filter((r) => r.cohortId !== null);
  return {
    own: rows[0].locale,
    cohortDefault: cohorts.find((r) => r.defaultLocale)?.defaultLocale ?? null,
    timeZone: cohorts[0]?.timeZone ?? "UTC",
  };
}

/**
 * The cohort the URL of this request names (`?cohort=<id>`, or /coordinator/cohorts/<id>/…),
 * as proxy.ts passed it on; null when it names none. Server actions post to the page's URL, so
 * an action sees the cohort of the page it was sent from. Under vitest: the test context's.
 */
export const requestedCohortId = cache(async (): Promise<string | null> => {
  const t = testContext();
  if (t) return t.cohortId ?? null;
  try {
    return (await headers()).get(COHORT_HEADER) || null;
  } catch {
    return null; // outside a request (scripts, jobs)
  }
});

/**
 * The membership a person acts in for a role: in the cohort the URL names when it names one
 * (undefined when they do not hold the role there: the page is a 404, the action refused), else
 * the most relevant one (active first, then the newest). Pages, loaders of "my cohort" and route
 * handlers all choose here, so an action can never write to another cohort than the page showed.
 */
export async function chooseMembership(viewer: Viewer, role: Role): Promise<ViewerMembership | undefined> {
  const requested = await requestedCohortId();
  return viewer.memberships.find((m) => m.role === role && (!requested || m.cohort.id === requested));
}

/** The cohort a person acts in for a role (chooseMembership). */
export async function roleCohortId(role: Role): Promise<string | null> {
  const viewer = await getViewer();
  return (viewer && (await chooseMembership(viewer, role))?.cohort.id) ?? null;
}

/**
 * What the caller may do in one cohort: roles there and their pair (published groups only). One
 * statement, always fresh (the action pipeline authorises writes with it).
 */
export async function loadCohortActor(userId: string, cohortId: string): Promise<CohortActor | null> {
  return actorFromFacts(userId, cohortId, await loadFacts(userId, cohortId));
}

/**
 * The same for reads during a render: the signed-in caller's actor comes from the facts already
 * loaded for the request (no statement); anyone else's is loaded once per request.
 */
export const cohortActor = cache(async (userId: string, cohortId: string): Promise<CohortActor | null> => {
  if (userId === (await getSessionUserId())) return actorFromFacts(userId, cohortId, await callerFacts(userId));
  return loadCohortActor(userId, cohortId);
});

export interface RoleContext {
  viewer: Viewer;
  membership: ViewerMembership;
  actor: CohortActor;
}

/**
 * For pages: the signed-in person acting in `role`, in the cohort the URL names (a 404 when they
 * do not hold the role there), else in their most relevant cohort with it.
 * Anonymous: to the sign-in page. Without the role: 403. A convenience for pages only;
 * every action and query checks the record it touches again.
 */
const roleContext = cache(async (role: Role): Promise<RoleContext | "anonymous" | "forbidden" | "not-found"> => {
  const viewer = await getViewer();
  if (!viewer) return "anonymous";
  const membership = await chooseMembership(viewer, role);
  // A cohort named in the URL that the caller does not hold the role in: nothing to learn there.
  if (!membership) return viewer.memberships.some((m) => m.role === role) ? "not-found" : "forbidden";
  const actor = await cohortActor(viewer.user.id, membership.cohort.id);
  if (!actor) return "forbidden";
  return { viewer, membership, actor };
});

export async function requireRole(role: Role, callbackPath?: string): Promise<RoleContext> {
  // Cached on the role only (the caller is fixed for the request): the layout and the page
  // passing different paths no longer load the actor twice.
  const ctx = await roleContext(role);
  if (ctx === "anonymous") redirect(`/login${callbackPath ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : ""}`);
  if (ctx === "forbidden") forbidden();
  if (ctx === "not-found") notFound();
  return ctx;
}
