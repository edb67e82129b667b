import "server-only";
import type { RecordScope } from "../auth/permissions";
import { db } from "../db";
import { TARGET_EACH } from "./schemas";

/** A template by id, with its owner (null: the cohort's library). */
export async function loadTemplate(templateId: string) {
  const t = await db().emailTemplate.findUnique({
    where: { id: templateId },
    select: { id: true, cohortId: true, ownerId: true, archivedAt: true, category: true, subject: true, body: true },
  });
  return t ? { ...t, scope: { cohortId: t.cohortId, ownerMembershipId: t.ownerId } satisfies RecordScope } : null;
}

/**
 * A template to send, the sender's pair and group in its cohort, and whom `target` names: one
 * mentee (with the pair whose group they are in) or each mentee of the sender's group.
 */
export async function loadTemplateSend(userId: string, templateId: string, target: string) {
  const template = await loadTemplate(templateId);
  if (!template) return null;
  const sender = await db().membership.findFirst({
    where: { userId, cohortId: template.cohortId, role: "MENTOR", status: "ACTIVE" },
    select: {
      id: true,
      user: { select: { name: true } },
      pairAsClinical: { select: { id: true } },
      pairAsPreclinical: { select: { id: true } },
    },
  });
  const pairId = sender?.pairAsClinical?.id ?? sender?.pairAsPreclinical?.id ?? null;
  const group = pairId
    ? await db().menteeAssignment.findMany({
        where: { pairId },
        orderBy: { mentee: { user: { name: "asc" } } },
        select: { mentee: { select: { id: true, user: { select: { id: true, name: true, email: true } } } } },
      })
    : [];
  let subjects: { pairId: string | null; subjectMembershipId: string }[];
  if (target === TARGET_EACH) subjects = group.map((g) => ({ pairId, subjectMembershipId: g.mentee.id }));
  else {
    const a = await db().menteeAssignment.findFirst({
      where: { menteeId: target, cohortId: template.cohortId },
      select: { pairId: true },
    });
    subjects = [{ pairId: a?.pairId ?? null, subjectMembershipId: target }];
  }
  return {
    template,
    senderName: sender?.user.name ?? "",
    people: new Map(group.map((g) => [g.mentee.id, g.mentee.user])),
    subjects,
    scope: { cohortId: template.cohortId, pairId, ownerMembershipId: template.ownerId } satisfies RecordScope,
  };
}
