"use server";
import { randomUUID } from "node:crypto";
import type { ContactTopic } from "../../generated/prisma/client";
import { defineAction, refuse, ruleError, type Need } from "../actions";
import { loadOwnMembership, loadRoleCohort } from "../auth/loaders";
import { clock } from "../clock";
import { email } from "../emails";
import { env } from "../env";
import { firstName } from "../format";
import { msg } from "../i18n/msg";
import { enqueueEmails } from "../outbox/enqueue";
import { loadTemplate, loadTemplateSend } from "./loaders";
import { renderTemplate } from "./rules";
import { archiveTemplateSchema, CATEGORY_TOPIC, sendTemplateSchema, TARGET_EACH, templateSchema } from "./schemas";

const PATHS = ["/mentor/templates", "/coordinator/templates"];

/** A coordinator adds a template to the cohort's library (ownerId null). */
export const createLibraryTemplateAction = defineAction({
  name: "templates.create_library",
  schema: templateSchema,
  successMessage: msg("mailTemplates.addedToLibrary"),
  revalidate: () => PATHS,
  load: () => loadRoleCohort("COORDINATOR"),
  permission: { verb: "write", resource: "template.library" },
  run: ({ userId, input, record, tx }) =>
    tx.emailTemplate.create({
      data: { ...input, cohortId: record.scope.cohortId, ownerId: null, authorId: userId },
      select: { id: true },
    }),
});

/** A mentor writes a template of their own (visible to them only), once their group is published. */
export const createOwnTemplateAction = defineAction({
  name: "templates.create_own",
  schema: templateSchema,
  successMessage: msg("mailTemplates.savedOwn"),
  revalidate: () => PATHS,
  load: () => loadOwnMembership("MENTOR"),
  permission: { verb: "write", resource: "template.own" },
  async run({ userId, input, record, actor, membershipId, tx }) {
    if (!actor.mentorPairId) ruleError(msg("mailTemplates.errors.notPublished"));
    return tx.emailTemplate.create({
      data: { ...input, cohortId: record.scope.cohortId, ownerId: membershipId, authorId: userId },
      select: { id: true },
    });
  },
});

/** Archive a template: the coordinator a library one, a mentor their own. Sends keep their copy. */
export const archiveTemplateAction = defineAction({
  name: "templates.archive",
  schema: archiveTemplateSchema,
  successMessage: msg("mailTemplates.archived"),
  revalidate: () => PATHS,
  load: ({ input }) => loadTemplate(input.templateId),
  permission: (t) => ({ verb: "write", resource: t.ownerId ? "template.own" : "template.library" }),
  async run({ record: template, tx }) {
    const { count } = await tx.emailTemplate.updateMany({
      where: { id: template.id, archivedAt: null },
      data: { archivedAt: clock() },
    });
    if (count !== 1) ruleError(msg("mailTemplates.errors.alreadyArchived"));
    return { id: template.id };
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
  successMessage: (d: TemplateSent) => msg("mailTemplates.sent", { count: d.count }),
  revalidate: () => [
    "/mentor",
    "/mentor/templates",
    "/mentee/contacts",
    "/coordinator/compliance",
    "/supervisor/compliance",
  ],
  load: ({ userId, input }) => loadTemplateSend(userId, input.templateId, input.target),
  permission: (r): Need[] => [
    { verb: "write", resource: "template.send" },
    // the library's templates, or the sender's own; never another mentor's
    { verb: "read", resource: r.template.ownerId ? "template.own" : "template.library", as: "MENTOR" },
    // each recipient is a mentee of the sender's own group, and the send is a contact with them
    ...r.subjects.flatMap((s): Need[] => [
      { verb: "write", resource: "template.send", scope: s },
      { verb: "write", resource: "contact.meta", scope: s },
    ]),
  ],
  async run({ input, record, membershipId: senderId, tx }): Promise<TemplateSent> {
    const { template, people, subjects } = record;
    const pairId = record.scope.pairId;
    if (!pairId) refuse();
    if (template.archivedAt) ruleError(msg("mailTemplates.errors.archived"), "templateId");
    if (subjects.length === 0)
      ruleError(
        msg(input.target === TARGET_EACH ? "mailTemplates.errors.noMentees" : "mailTemplates.errors.chooseMentee"),
        "target",
      );
    const now = clock();
    const batchId = randomUUID();
    const topic = CATEGORY_TOPIC[template.category] as ContactTopic;
    const inboxUrl = `${env.NEXTAUTH_URL ?? ""}/mentee/contacts`;
    const emails = [];
    for (const { subjectMembershipId: menteeId } of subjects) {
      const person = people.get(menteeId);
      if (!person) refuse();
      const values = {
        menteeFirstName: firstName(person.name),
        mentorName: record.senderName,
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
        ...email("template.send", { subject, body, inboxUrl }),
      });
    }
    await enqueueEmails(tx, emails);
    return { count: subjects.length, batchId };
  },
  audit: (d, { record }) => ({
    action: "template.sent",
    entity: "EmailTemplate",
    entityId: record.template.id,
    detail: { recipients: d.count, batchId: d.batchId },
  }),
});
