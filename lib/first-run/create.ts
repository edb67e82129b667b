/**
 * The first coordinator of an install (issue 10, item 1). No "server-only": `npm run admin:create`
 * (scripts/admin-create.ts) and the first-run page (lib/first-run/actions.ts) share it.
 *
 * A coordinator is a membership in a cohort, so the first coordinator gets a first cohort, in
 * draft, with the programme's default settings (they rename it and set its dates on its settings
 * page). An email that already has an account is reused, its name left as it is (never a rename).
 */
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../actions";

/** A transaction of the app's client (type only: lib/actions is not loaded by the script). */
export type FirstRunTx = Tx;

export const SIGN_IN_LINK_HOURS = 24;

/**
 * "2026-2027": the academic year that runs (September to June) or starts next in `now`'s year:
 * from January to August the coming one, from September the running one. Editable afterwards.
 */
export function firstAcademicYear(now: Date): { academicYear: string; startsOn: Date; endsOn: Date } {
  const from = now.getUTCFullYear();
  return {
    academicYear: `${from}-${from + 1}`,
    startsOn: new Date(Date.UTC(from, 8, 1)),
    endsOn: new Date(Date.UTC(from + 1, 5, 30)),
  };
}

/** Is there a coordinator at all (any cohort, active membership)? */
export async function hasCoordinator(tx: {
  membership: { count(args: { where: { role: "COORDINATOR"; status: "ACTIVE" } }): Promise<number> };
}): Promise<boolean> {
  return (await tx.membership.count({ where: { role: "COORDINATOR", status: "ACTIVE" } })) > 0;
}

export interface FirstCoordinator {
  userId: string;
  cohortId: string;
  /** the one-time sign-in link's token (absent when a password was given) */
  token: string | null;
  existingAccount: boolean;
}

/**
 * Creates the coordinator, their draft cohort and, without a password, a one-time set-password
 * link (the invitation page). `onlyIfFirst`: refuse (null) when any coordinator exists already:
 * the first-run page; decided under a transaction-level advisory lock so two submits cannot both win.
 */
export async function createCoordinator(
  tx: FirstRunTx,
  input: { name: string; email: string; passwordHash?: string | null; now: Date; onlyIfFirst?: boolean },
): Promise<FirstCoordinator | null> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(4201001)`);
  if (input.onlyIfFirst && (await hasCoordinator(tx))) return null;
  const email = input.email.trim().toLowerCase();
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const user =
    existing ??
    (await tx.user.create({
      data: { email, name: input.name.trim(), passwordHash: input.passwordHash ?? null },
      select: { id: true, passwordHash: true },
    }));
  if (existing && input.passwordHash && !existing.passwordHash) {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: input.passwordHash }, select: { id: true } });
  }
  const year = firstAcademicYear(input.now);
  const cohort = await tx.cohort.create({
    data: { name: `Cohort ${year.academicYear}`, ...year, status: "DRAFT" },
    select: { id: true },
  });
  await tx.membership.create({
    data: { userId: user.id, cohortId: cohort.id, role: "COORDINATOR", status: "ACTIVE" },
    select: { id: true },
  });
  let token: string | null = null;
  if (!input.passwordHash && !user.passwordHash) {
    token = randomBytes(32).toString("base64url");
    await tx.authToken.create({
      data: {
        userId: user.id,
        purpose: "INVITATION",
        tokenHash: createHash("sha256").update(token).digest("hex"),
        expiresAt: new Date(input.now.getTime() + SIGN_IN_LINK_HOURS * 3_600_000),
      },
      select: { id: true },
    });
  }
  await tx.auditEvent.create({
    data: {
      actorId: user.id,
      cohortId: cohort.id,
      action: "coordinator.created",
      entity: "User",
      entityId: user.id,
      detail: { via: input.onlyIfFirst ? "first_run" : "admin_create", existingAccount: !!existing },
    },
  });
  return { userId: user.id, cohortId: cohort.id, token, existingAccount: !!existing };
}
