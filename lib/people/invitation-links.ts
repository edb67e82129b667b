import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { defineAction } from "../actions";
import { clock } from "../clock";
import { loadCohort } from "../cohorts/loaders";
import { hashToken, INVITATION_DAYS, invitationUrl } from "./invitations";

export interface InvitationLinkRow {
  name: string;
  email: string;
  role: string;
  url: string;
}

const schema = z.object({ cohortId: z.string().trim().min(1).max(64) });

/**
 * For a pilot without SMTP (issue 10, item 3): the sign-in links of everyone in the cohort whose
 * invitation is pending (no password, no university sign-in, an invitation link not used and not
 * expired). Only the sha-256 of a link is stored, so the links cannot be shown again: fresh ones are
 * issued, with re-send semantics (every earlier invitation link of these people stops working, the
 * new ones last INVITATION_DAYS). No email is queued: the coordinator hands the links out.
 * Not a "use server" module: only the route handler (a POST, .../invitations/csv) calls it.
 */
export const issuePendingInvitationLinksAction = defineAction({
  name: "people.invitation_links",
  schema,
  load: ({ input }) => loadCohort(input.cohortId),
  permission: { verb: "write", resource: "cohort.setup", as: "COORDINATOR" },
  async run({ record: cohort, tx }) {
    const now = clock();
    const members = await tx.membership.findMany({
      where: {
        cohortId: cohort.id,
        status: { not: "WITHDRAWN" },
        user: {
          passwordHash: null,
          ssoSubject: null,
          anonymisedAt: null,
          authTokens: { some: { purpose: "INVITATION", usedAt: null, expiresAt: { gt: now } } },
        },
      },
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    });
    // One link per person (someone may hold two roles in the cohort: both rows get the same link).
    const userIds = [...new Set(members.map((m) => m.user.id))];
    await tx.authToken.updateMany({
      where: { userId: { in: userIds }, purpose: "INVITATION", usedAt: null },
      data: { usedAt: now },
    });
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
    const tokens = new Map(userIds.map((id) => [id, randomBytes(32).toString("base64url")]));
    await tx.authToken.createMany({
      data: userIds.map((userId) => ({
        userId,
        purpose: "INVITATION" as const,
        tokenHash: hashToken(tokens.get(userId)!),
        expiresAt,
      })),
    });
    const rows: InvitationLinkRow[] = members.map((m) => ({
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      url: invitationUrl(tokens.get(m.user.id)!),
    }));
    return { cohortId: cohort.id, cohortName: cohort.name, people: userIds.length, expiresAt, rows };
  },
  // A sensitive read and a write: who downloaded how many links, never the links.
  audit: (d) => ({
    action: "invitation.links_issued",
    entity: "Cohort",
    entityId: d.cohortId,
    detail: { people: d.people, via: "csv" },
  }),
  revalidate: (d) => [`/coordinator/cohorts/${d.cohortId}/people`, `/coordinator/cohorts/${d.cohortId}/staff`],
});
