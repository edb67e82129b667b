"use server";
import { randomUUID } from "node:crypto";
import type { ContactTopic } from "../../generated/prisma/client";
import { defineAction, refuse, ruleError } from "../actions";
import { audit } from "../audit";
import { actorFor, authorize } from "../auth/guard";
import { roleCohortId } from "../auth/session";
import { db } from "../db";
import { env } from "../env";
import { firstName } from "../format";
import { enqueueEmails } from "../outbox/enqueue";
import { renderTemplate, sendRecipients } from "./rules";
import { archiveTemplateSchema, CATEGORY_TOPIC, sendTemplateSchema, templateSchema } from "./schemas";

const PATHS = ["/mentor/templates", "/coordinator/templates"];

/** The caller's cohort for a role, as the pages pick it (lib/auth/session.ts); never from the form. */
async function cohortFor(role: "COORDINATOR" | "MENTOR") {
  const cohortId = await roleCohortId(role);
  if (!cohortId) refuse();
  return { cohortId };
}

/** A coordinator adds a template to the cohort's library (ownerId null). */
export const createLibraryTemplateAction = defineAction({
  name: "templates.create_library",
  schema: templateSchema,
  successMessage: "Template added to the library.",
  revalidate: () => PATHS,
  async run({ userId, input }) {
    const { cohortId } = await cohortFor("COORDINATOR");
    const actor = await actorFor(userId, cohortId);
    authorize(actor, "write", "template", { cohortId });
    return db().$transaction(async (tx) =>
      tx.emailTemplate.create({ data: { ...input, cohortId, ownerId: null, authorId: userId }, select: { id: true } }),
    );
  },
});

/** A mentor writes a template of their own (visible to them only). */
export const createOwnTemplateAction = defineAction({
  name: "templates.create_own",
  schema: templateSchema,
  successMessage: "Your template is saved.",
  revalidate: () => PATHS,
  async run({ userId, input }) {
    const { cohortId } = await cohortFor("MENTOR");
    const actor = await actorFor(userId, cohortId);
    const ownerId = actor.membershipIds.MENTOR;
    if (!ownerId || !actor.mentorPairId) refuse("You can write templates once your group is published.");
    authorize(actor, "write", "template", { cohortId, pairId: actor.mentorPairId });
    return db().$transaction(async (tx) =>
      tx.emailTemplate.create({ data: { ...input, cohortId, ownerId, authorId: userId }, select: { id: true } }),
    );
  },
});

/** Archive a template: the coordinator a library one, a mentor their own. Sends keep their copy. */
export const archiveTemplateAction = defineAction({
  name: "templates.archive",
  schema: archiveTemplateSchema,
  successMessage: "Template archived.",
  revalidate: () => PATHS,
  async run({ userId, input }) {
    const template = await db().emailTemplate.findUnique({
      where: { id: input.templateId },
      select: { id: true, cohortId: true, ownerId: true },
    });
    if (!template) refuse();
    const actor = await actorFor(userId, template.cohortId);
    if (template.ownerId === null) authorize(actor, "write", "template", { cohortId: template.cohortId });
    else if (template.ownerId !== actor.membershipIds.MENTOR) refuse();
    else authorize(actor, "write", "template", { cohortId: template.cohortId, pairId: actor.mentorPairId });
    return db().$transaction(async (tx) => {
      const { count } = await tx.emailTemplate.updateMany({
        where: { id: template.id, archivedAt: null },
        data: { archivedAt: new Date() },
      });
      if (count !== 1) ruleError("That template is already archived.");
      return { id: template.id };
    });
  },
});

export interface TemplateSent {
  count: number;
  batchId: string;
}

/**
 * A mentor sends a template (the library's or their own) to one mentee of their group or to all
 * of it. Each recipient gets it by email (outbox) and in the app's inbox, and it counts as an
 * EMAIL contact with that mentee.
 */
export const sendTemplateAction = defineAction({
  name: "templates.send",
  schema: sendTemplateSchema,
  successMessage: (d: TemplateSent) =>
    d.count === 1
      ? "Sent. It counts as an email contact."
      : `Sent to ${d.count} mentees. Each counts as an email contact.`,
  revalidate: () => [
    "/mentor",
    "/mentor/templates",
    "/mentee/contacts",
    "/coordinator/compliance",
    "/supervisor/compliance",
  ],
  async run({ userId, input }): Promise<TemplateSent> {
    const template = await db().emailTemplate.findUnique({
      where: { id: input.templateId },
      select: { id: true, cohortId: true, ownerId: true, archivedAt: true, category: true, subject: true, body: true },
    });
    if (!template) refuse();
    const actor = await actorFor(userId, template.cohortId);
    const senderId = actor.membershipIds.MENTOR;
    const pairId = actor.mentorPairId;
    if (!senderId || !pairId) refuse();
    // The library's templates, or the sender's own; never another mentor's.
    if (template.ownerId !== null && template.ownerId !== senderId) refuse();
    if (template.archivedAt) ruleError("That template has been archived.", "templateId");

    const [pair, sender] = await Promise.all([
      db().mentorPair.findUnique({
        where: { id: pairId },
        select: {
          mentees: {
            select: { mentee: { select: { id: true, user: { select: { id: true, name: true, email: true } } } } },
          },
        },
      }),
      db().user.findUnique({ where: { id: userId }, select: { name: true } }),
    ]);
    if (!pair || !sender) refuse();
    const group = pair.mentees.map((m) => m.mentee.id);
    const recipients = sendRecipients(input.target, group);
    if (!recipients) refuse(); // a mentee outside the sender's own group
    for (const menteeId of recipients) {
      authorize(actor, "write", "template", { cohortId: template.cohortId, pairId, subjectMembershipId: menteeId });
      authorize(actor, "write", "contact.meta", { cohortId: template.cohortId, pairId, subjectMembershipId: menteeId });
    }
    const people = new Map(pair.mentees.map((m) => [m.mentee.id, m.mentee.user]));
    const batchId = randomUUID();
    const now = new Date();
    const topic = CATEGORY_TOPIC[template.category] as ContactTopic;
    const inbox = `${env.NEXTAUTH_URL ?? ""}/mentee/contacts`;

    return db().$transaction(async (tx) => {
      const emails = [];
      for (const menteeId of recipients) {
        const person = people.get(menteeId)!;
        const values = {
          menteeFirstName: firstName(person.name),
          mentorName: sender.name,
          nextMeeting: input.nextMeeting,
        };
        const subject = renderTemplate(template.subject, values);
        const body = renderTemplate(template.body, values);
        const contact = await tx.contactLog.create({
          data: {
            cohortId: template.cohortId,
            pairId,
            mentorId: senderId,
            menteeId,
            channel: "EMAIL",
            outcome: "COMPLETED",
            occurredAt: now,
            topics: [topic],
          },
          select: { id: true },
        });
        await tx.templateSend.create({
          data: {
            cohortId: template.cohortId,
            templateId: template.id,
            senderId,
            menteeId,
            batchId,
            subject,
            body,
            sentAt: now,
            contactLogId: contact.id,
          },
          select: { id: true },
        });
        emails.push({
          userId: person.id,
          toEmail: person.email,
          subject,
          body: `${body}\n\n--\nSent through DuoMentor. You can also read it in the app: ${inbox}`,
          kind: "template.send",
        });
      }
      await enqueueEmails(tx, emails);
      await audit(tx, {
        actorId: userId,
        cohortId: template.cohortId,
        action: "template.sent",
        entity: "EmailTemplate",
        entityId: template.id,
        detail: { recipients: recipients.length, batchId },
      });
      return { count: recipients.length, batchId };
    });
  },
});
