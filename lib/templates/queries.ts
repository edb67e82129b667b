import "server-only";
import { can, type CohortActor } from "../auth/permissions";
import { db } from "../db";
import { firstName } from "../format";
import { logSubject } from "./rules";

const templateFields = { id: true, category: true, title: true, subject: true, body: true, ownerId: true } as const;

/** A mentor's template page: the library and their own templates, their group, the pair's send log. */
export async function getMentorTemplates(actor: CohortActor) {
  const me = actor.membershipIds.MENTOR;
  const pairId = actor.mentorPairId;
  if (!me || !pairId || !can(actor, "read", "template.library", { cohortId: actor.cohortId }, "MENTOR")) return null;
  const [templates, pair] = await Promise.all([
    db().emailTemplate.findMany({
      where: { cohortId: actor.cohortId, archivedAt: null, OR: [{ ownerId: null }, { ownerId: me }] },
      orderBy: [{ category: "asc" }, { title: "asc" }],
      select: templateFields,
    }),
    db().mentorPair.findUnique({
      where: { id: pairId },
      select: {
        clinicalMentorId: true,
        preclinicalMentorId: true,
        mentees: {
          orderBy: { mentee: { user: { name: "asc" } } },
          select: { mentee: { select: { id: true, user: { select: { name: true } } } } },
        },
      },
    }),
  ]);
  if (!pair) return null;
  const sends = await db().templateSend.findMany({
    where: { cohortId: actor.cohortId, senderId: { in: [pair.clinicalMentorId, pair.preclinicalMentorId] } },
    orderBy: { sentAt: "desc" },
    take: 60,
    select: {
      batchId: true,
      subject: true,
      sentAt: true,
      readAt: true,
      sender: { select: { userId: true, user: { select: { name: true } } } },
      mentee: { select: { user: { select: { name: true } } } },
      template: { select: { subject: true } },
    },
  });
  const batches = new Map<
    string,
    {
      batchId: string;
      sentAt: Date;
      from: string;
      byMe: boolean;
      templateSubject: string | null;
      subjects: string[];
      to: string[];
      read: number;
    }
  >();
  for (const s of sends) {
    const b = batches.get(s.batchId) ?? {
      batchId: s.batchId,
      sentAt: s.sentAt,
      from: s.sender.user.name,
      byMe: s.sender.userId === actor.userId,
      templateSubject: s.template?.subject ?? null,
      subjects: [],
      to: [],
      read: 0,
    };
    b.to.push(s.mentee.user.name);
    b.subjects.push(s.subject);
    if (s.readAt) b.read++;
    batches.set(s.batchId, b);
  }
  return {
    templates: templates.map((t) => ({ ...t, mine: t.ownerId === me })),
    mentees: pair.mentees.map((m) => ({
      id: m.mentee.id,
      name: m.mentee.user.name,
      firstName: firstName(m.mentee.user.name),
    })),
    sendLog: [...batches.values()].map(({ subjects, templateSubject, ...b }) => ({
      ...b,
      ...logSubject(templateSubject, subjects),
    })),
  };
}

/** The coordinator's library, with how often each template was sent. */
export async function getTemplateLibrary(actor: CohortActor) {
  if (!can(actor, "write", "template.library", { cohortId: actor.cohortId }, "COORDINATOR")) return null;
  const [templates, counts, own] = await Promise.all([
    db().emailTemplate.findMany({
      where: { cohortId: actor.cohortId, ownerId: null, archivedAt: null },
      orderBy: [{ category: "asc" }, { title: "asc" }],
      select: { ...templateFields, author: { select: { name: true } } },
    }),
    db().templateSend.groupBy({ by: ["templateId"], where: { cohortId: actor.cohortId }, _count: { _all: true } }),
    db().emailTemplate.count({ where: { cohortId: actor.cohortId, ownerId: { not: null }, archivedAt: null } }),
  ]);
  const sent = new Map(counts.map((c) => [c.templateId, c._count._all]));
  return { templates: templates.map((t) => ({ ...t, sent: sent.get(t.id) ?? 0 })), mentorOwnCount: own };
}
