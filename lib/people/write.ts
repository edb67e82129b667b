import "server-only";
import type { Tx } from "../actions";
import { inviteUsers } from "./invitations";
import type { PersonRow } from "./rules";

/**
 * Writes checked people into a cohort: users by email (created, or updated: re-importing never
 * duplicates), one membership per role (a first-year student as a CANDIDATE mentee, a mentor
 * applicant as APPLIED), and invitations for new accounts. Runs inside the caller's transaction.
 */
export async function upsertPeople(tx: Tx, cohort: { id: string; name: string }, people: PersonRow[]) {
  const emails = people.map((p) => p.email);
  const existing = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const idByEmail = new Map(existing.map((u) => [u.email, u.id]));
  const fresh = people.filter((p) => !idByEmail.has(p.email));
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
  for (const p of people) {
    if (!idByEmail.has(p.email)) continue;
    await tx.user.update({
      where: { email: p.email },
      data: {
        name: p.name,
        gender: p.gender,
        international: p.international,
        ...(p.languages.length ? { languages: p.languages } : {}),
      },
      select: { id: true },
    });
  }
  const users = await tx.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const userByEmail = new Map(users.map((u) => [u.email, u]));

  const memberships = await tx.membership.findMany({
    where: { cohortId: cohort.id, userId: { in: users.map((u) => u.id) }, role: { in: ["MENTEE", "MENTOR"] } },
    select: { id: true, userId: true, role: true, status: true },
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
      await tx.membership.update({
        where: { id: m.id },
        // a mentor's phase changes only while they are an applicant (pairs depend on it)
        data: { ...data, ...(p.kind === "MENTOR" && m.status === "APPLIED" && p.phase ? { phase: p.phase } : {}) },
        select: { id: true },
      });
      updated++;
    }
  }
  if (toCreate.length) await tx.membership.createMany({ data: toCreate, skipDuplicates: true });
  const needInvite = users.filter((u) => !u.passwordHash && fresh.some((f) => f.email === u.email));
  const invited = await inviteUsers(tx, needInvite, cohort.name);
  return {
    newPeople: fresh.length,
    updatedPeople: people.length - fresh.length,
    newMemberships: toCreate.length,
    updatedMemberships: updated,
    invited,
  };
}
