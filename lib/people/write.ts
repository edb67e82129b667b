import "server-only";
import type { Tx } from "../actions";
import type { PersonRow } from "./rules";

/**
 * The one place people are written (the CSV import, "add one person", editing a person). Scoped to
 * the coordinator who writes (issue 16, item 4):
 *  - an email nobody has yet: a new account and its membership; NO invitation yet: it goes out when
 *    the person has something to do (accepted as a mentor, published in a group: issue 10, item 3;
 *    lib/people/invitations.ts inviteMembersWhoCannotSignIn);
 *  - an email that already has an account (in this cohort or elsewhere): a membership is added or
 *    updated, and the account's name and attributes change ONLY if every membership the person
 *    holds is in cohorts this coordinator runs; their email never changes here;
 *  - the answer is the same whether or not the email was known: counts are about THIS cohort
 *    (added to it, already in it), never about accounts elsewhere.
 * Runs inside the caller's transaction.
 */

/** A catalog key (messages/<locale>/roster.json). */
export const IDENTITY_NOT_YOURS = "roster.errors.identityNotYours";

/** May this coordinator change the person's name or email? Pure. */
export function mayEditIdentity(personCohortIds: readonly string[], coordinatedCohortIds: readonly string[]): boolean {
  const mine = new Set(coordinatedCohortIds);
  return personCohortIds.length > 0 && personCohortIds.every((id) => mine.has(id));
}

/** The cohorts a user coordinates (active memberships). */
export async function coordinatedCohortIds(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { userId, role: "COORDINATOR", status: "ACTIVE" },
    select: { cohortId: true },
  });
  return rows.map((r) => r.cohortId);
}

/** For each user id: may `actorUserId` change that account's name, email and attributes? */
export async function editableUsers(tx: Tx, actorUserId: string | null, userIds: string[]): Promise<Set<string>> {
  if (!actorUserId || userIds.length === 0) return new Set();
  const mine = await coordinatedCohortIds(tx, actorUserId);
  const memberships = await tx.membership.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, cohortId: true },
  });
  const byUser = new Map<string, string[]>();
  for (const m of memberships) byUser.set(m.userId, [...(byUser.get(m.userId) ?? []), m.cohortId]);
  return new Set(userIds.filter((id) => mayEditIdentity(byUser.get(id) ?? [], mine)));
}

export interface UpsertResult {
  /** rows that were not in this cohort before (new or existing accounts alike) */
  newMemberships: number;
  /** rows already in this cohort */
  updatedMemberships: number;
}

export async function upsertPeople(
  tx: Tx,
  cohort: { id: string; name: string },
  people: PersonRow[],
  options: { actorUserId?: string | null } = {},
): Promise<UpsertResult> {
  const emails = people.map((p) => p.email);
  // A constant number of statements per call, whatever its size (the import sends chunks of up
  // to 2,000 rows); rows that change nothing are not written, so re-importing a file is cheap.
  const existing = await tx.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, name: true, gender: true, international: true, languages: true },
  });
  const byEmail = new Map(existing.map((u) => [u.email, u]));
  const fresh = people.filter((p) => !byEmail.has(p.email));
  if (fresh.length) {
    await tx.user.createMany({
      data: fresh.map((p) => ({
        email: p.email,
        name: p.name,
        gender: p.gender,
        international: p.international,
        languages: p.languages,
      })),
      skipDuplicates: true,
    });
  }
  // Existing accounts: only those wholly within this coordinator's cohorts take the new details.
  const editable = await editableUsers(
    tx,
    options.actorUserId ?? null,
    existing.map((u) => u.id),
  );
  for (const p of people) {
    const u = byEmail.get(p.email);
    if (!u || !editable.has(u.id)) continue;
    const languages = p.languages.length ? p.languages : u.languages;
    if (
      u.name === p.name &&
      u.gender === p.gender &&
      u.international === p.international &&
      languages.join("\u0000") === u.languages.join("\u0000")
    )
      continue;
    await tx.user.update({
      where: { id: u.id },
      data: { name: p.name, gender: p.gender, international: p.international, languages },
      select: { id: true },
    });
  }
  const users = fresh.length
    ? await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })
    : existing;
  const userByEmail = new Map(users.map((u) => [u.email, u]));

  const memberships = await tx.membership.findMany({
    where: { cohortId: cohort.id, userId: { in: users.map((u) => u.id) }, role: { in: ["MENTEE", "MENTOR"] } },
    select: {
      id: true,
      userId: true,
      role: true,
      status: true,
      phase: true,
      yearOfStudy: true,
      studentNumber: true,
      dormitory: true,
      motivation: true,
      availabilityNote: true,
    },
  });
  const key = (userId: string, role: string) => `${userId}:${role}`;
  const have = new Map(memberships.map((m) => [key(m.userId, m.role), m]));
  const toCreate = [];
  let updated = 0;
  for (const p of people) {
    const user = userByEmail.get(p.email)!;
    const m = have.get(key(user.id, p.kind));
    const data = {
      yearOfStudy: p.yearOfStudy,
      ...(p.studentNumber ? { studentNumber: p.studentNumber } : {}),
      dormitory: p.dormitory,
      ...(p.motivation ? { motivation: p.motivation } : {}),
      ...(p.availability ? { availabilityNote: p.availability } : {}),
    };
    if (!m) {
      toCreate.push({
        userId: user.id,
        cohortId: cohort.id,
        role: p.kind,
        status: p.kind === "MENTOR" ? ("APPLIED" as const) : ("CANDIDATE" as const),
        phase: p.kind === "MENTOR" ? p.phase : null,
        ...data,
      });
    } else {
      updated++;
      // a mentor's phase changes only while they are an applicant (pairs depend on it)
      const change = {
        ...data,
        ...(p.kind === "MENTOR" && m.status === "APPLIED" && p.phase ? { phase: p.phase } : {}),
      };
      if ((Object.keys(change) as (keyof typeof change)[]).every((k) => m[k] === change[k])) continue;
      await tx.membership.update({ where: { id: m.id }, data: change, select: { id: true } });
    }
  }
  if (toCreate.length) await tx.membership.createMany({ data: toCreate, skipDuplicates: true });
  return { newMemberships: toCreate.length, updatedMemberships: updated };
}

/**
 * A coordinator corrects a person's name or email: only for someone whose every membership is in
 * cohorts that coordinator runs (otherwise `false`, and nothing changes). The person themselves
 * changes their name at /settings.
 */
export async function editPersonIdentity(
  tx: Tx,
  actorUserId: string,
  userId: string,
  change: { name: string; email: string },
): Promise<{ changed: ("name" | "email")[] } | false> {
  if (!(await editableUsers(tx, actorUserId, [userId])).has(userId)) return false;
  const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
  const changed = (["name", "email"] as const).filter((k) => before[k] !== change[k]);
  if (changed.length) await tx.user.update({ where: { id: userId }, data: change, select: { id: true } });
  return { changed };
}
