import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Phase } from "../../generated/prisma/client";
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

const STATUS_RANK = { ACTIVE: 0, DRAFT: 1, CLOSED: 2 } as const;

/** Who is signed in and in which roles; one query, cached for the request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const userId = await getSessionUserId();
  if (!userId) return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: {
        where: { status: "ACTIVE" },
        select: {
          id: true,
          role: true,
          phase: true,
          cohort: { select: { id: true, name: true, status: true, timeZone: true, startsOn: true } },
        },
      },
    },
  });
  if (!user) return null;
  const memberships = [...user.memberships].sort(
    (a, b) =>
      STATUS_RANK[a.cohort.status] - STATUS_RANK[b.cohort.status] ||
      b.cohort.startsOn.getTime() - a.cohort.startsOn.getTime(),
  );
  const roles = ROLE_ORDER.filter((r) => memberships.some((m) => m.role === r));
  return {
    user: { id: user.id, name: user.name, email: user.email },
    memberships: memberships.map(({ cohort: { startsOn: _s, ...cohort }, ...m }) => ({ ...m, cohort })),
    roles,
  };
});

/**
 * The cohort a person acts in for a role when nothing else names one: the same choice
 * requireRole makes for pages (active first, then the newest), so an action can never write to
 * another cohort than the page showed.
 */
export async function roleCohortId(role: Role): Promise<string | null> {
  const viewer = await getViewer();
  return viewer?.memberships.find((m) => m.role === role)?.cohort.id ?? null;
}

/** What the caller may do in one cohort: roles there and their pair (published groups only). */
export async function loadCohortActor(userId: string, cohortId: string): Promise<CohortActor | null> {
  const memberships = await db().membership.findMany({
    where: { userId, cohortId, status: "ACTIVE" },
    select: {
      id: true,
      role: true,
      cohort: { select: { groupsPublishedAt: true } },
      pairAsClinical: { select: { id: true } },
      pairAsPreclinical: { select: { id: true } },
      assignment: { select: { pairId: true } },
    },
  });
  if (memberships.length === 0) return null;
  // Pairs and groups are drafts, invisible to mentors and mentees, until the coordinator publishes.
  const published = memberships[0].cohort.groupsPublishedAt !== null;
  const mentor = memberships.find((m) => m.role === "MENTOR");
  const mentee = memberships.find((m) => m.role === "MENTEE");
  return {
    userId,
    cohortId,
    roles: new Set(memberships.map((m) => m.role)),
    membershipIds: Object.fromEntries(memberships.map((m) => [m.role, m.id])),
    mentorPairId: published ? (mentor?.pairAsClinical?.id ?? mentor?.pairAsPreclinical?.id ?? null) : null,
    menteePairId: published ? (mentee?.assignment?.pairId ?? null) : null,
  };
}

export interface RoleContext {
  viewer: Viewer;
  membership: ViewerMembership;
  actor: CohortActor;
}

/**
 * For pages: the signed-in person acting in `role` (in their most relevant cohort with it).
 * Anonymous: to the sign-in page. Without the role: 403. A convenience for pages only;
 * every action and query checks the record it touches again.
 */
export const requireRole = cache(async (role: Role, callbackPath?: string): Promise<RoleContext> => {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login${callbackPath ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : ""}`);
  const membership = viewer.memberships.find((m) => m.role === role);
  if (!membership) forbidden();
  const actor = await loadCohortActor(viewer.user.id, membership.cohort.id);
  if (!actor) forbidden();
  return { viewer, membership, actor };
});
