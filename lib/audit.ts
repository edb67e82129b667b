import "server-only";
import type { Prisma } from "../generated/prisma/client";

/**
 * The audit trail: who did what to which record, and when; never the content of notes or
 * referrals. Written inside the action's transaction (so an audit row exists iff the change does),
 * or on its own for audited reads.
 */
export interface AuditEntry {
  actorId: string | null;
  cohortId?: string | null;
  action: string; // "<entity>.<verb>", e.g. "referral.read", "profile.updated"
  entity: string;
  entityId: string;
  /** Field names, counts, ids: never free text a person wrote. */
  detail?: Prisma.InputJsonValue;
}

type AuditWriter = { auditEvent: { create: (args: { data: Prisma.AuditEventUncheckedCreateInput }) => unknown } };

export async function audit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      cohortId: entry.cohortId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      detail: entry.detail,
    },
  });
}
