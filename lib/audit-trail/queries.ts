import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";
import {
  areaOf,
  areaPrefixes,
  detailLines,
  encodeCursor,
  knownPrefixes,
  type AuditArea,
  type AuditCursor,
} from "./rules";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditTrailEntry {
  id: string;
  at: Date;
  action: string;
  area: AuditArea;
  entity: string;
  entityId: string;
  /** null: the system (a scheduled job, the first run) */
  actorName: string | null;
  details: [string, string][];
}

/**
 * The cohort's audit trail for coordinators and the supervisor: newest first, 50 a page, one
 * statement (keyset on the (cohortId, createdAt) index: as fast on the millionth entry as on the
 * first), optionally one area. Who did what, when, on which record, and the details the action
 * wrote (the seed of a draw, a swap's reason; never notes or referral text: the writers keep
 * content out of details).
 */
export async function getAuditTrail(
  actor: CohortActor,
  as: "COORDINATOR" | "SUPERVISOR",
  filter: { area: AuditArea | null; before: AuditCursor | null },
): Promise<{ entries: AuditTrailEntry[]; older: string | null } | null> {
  if (!can(actor, "read", "audit", { cohortId: actor.cohortId }, as)) return null;
  const prefix = Prisma.sql`split_part(e.action, '.', 1)`;
  const area =
    filter.area === null
      ? Prisma.empty
      : filter.area === "other"
        ? Prisma.sql`AND NOT (${prefix} = ANY(${knownPrefixes()}::text[]))`
        : Prisma.sql`AND ${prefix} = ANY(${[...areaPrefixes(filter.area)]}::text[])`;
  const before = filter.before
    ? Prisma.sql`AND (e."createdAt", e.id) < (${filter.before.at}::timestamptz, ${filter.before.id})`
    : Prisma.empty;
  const rows = await db().$queryRaw<
    {
      id: string;
      action: string;
      entity: string;
      entityId: string;
      detail: unknown;
      createdAt: Date;
      actorName: string | null;
    }[]
  >`
    SELECT e.id, e.action, e.entity, e."entityId", e.detail, e."createdAt", u.name AS "actorName"
      FROM "AuditEvent" e
      LEFT JOIN "User" u ON u.id = e."actorId"
     WHERE e."cohortId" = ${actor.cohortId} ${area} ${before}
     ORDER BY e."createdAt" DESC, e.id DESC
     LIMIT ${AUDIT_PAGE_SIZE + 1}`;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page[page.length - 1];
  // A swap's reason is free text, so the draw keeps it on the membership taken out, not in the
  // audit row (lib/audit.ts): read those reasons in one more statement when the page has swaps.
  const swappedOut = page
    .map((r) => r.detail as { reasonOn?: string; out?: string } | null)
    .filter((d): d is { out: string } => d?.reasonOn === "Membership.decisionReason" && typeof d.out === "string")
    .map((d) => d.out);
  const reasons = new Map(
    swappedOut.length
      ? (
          await db().membership.findMany({
            where: { id: { in: swappedOut }, cohortId: actor.cohortId },
            select: { id: true, decisionReason: true },
          })
        ).map((m) => [m.id, m.decisionReason] as const)
      : [],
  );
  const detailOf = (detail: unknown) => {
    const d = detail as { reasonOn?: string; out?: string } | null;
    if (d?.reasonOn !== "Membership.decisionReason" || !d.out) return detailLines(detail);
    const { reasonOn: _on, ...rest } = d;
    return detailLines({ ...rest, reason: reasons.get(d.out) ?? undefined });
  };
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.createdAt,
      action: r.action,
      area: areaOf(r.action),
      entity: r.entity,
      entityId: r.entityId,
      actorName: r.actorName,
      details: detailOf(r.detail),
    })),
    older: rows.length > AUDIT_PAGE_SIZE && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
