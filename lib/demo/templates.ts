/**
 * The coordinator's template library and the templates mentors sent from it, rendered with the
 * app's own rules (lib/templates) and each counted as an email contact, as "Send" does.
 */
import type { ContactTopic, Prisma } from "../../generated/prisma/client";
import { firstName } from "../format";
import { renderTemplate } from "../templates/rules";
import { CATEGORY_TOPIC } from "../templates/schemas";
import { addMinutes, idOf, localTime, meetingTime } from "./context";
import type { ContactBook } from "./contacts";
import type { Person } from "./people";
import { TEMPLATES } from "./texts/templates";
import type { DemoWorld } from "./world";

export function libraryRows(w: DemoWorld): Prisma.EmailTemplateCreateManyInput[] {
  return TEMPLATES.map((t, i) => ({
    id: idOf("tpl", i + 1),
    cohortId: w.cohortId,
    ownerId: null,
    authorId: w.people.coordinator.id,
    ...t,
    createdAt: addMinutes(w.cal.setUpAt, 60 * 24 * 20 + 15 * i),
    updatedAt: addMinutes(w.cal.setUpAt, 60 * 24 * 20 + 15 * i),
  }));
}

export function templateSendRows(w: DemoWorld, templates: Prisma.EmailTemplateCreateManyInput[], book: ContactBook) {
  const { groups, people, cal } = w;
  const templateSends: Prisma.TemplateSendCreateManyInput[] = [];
  const send = (
    g: number,
    clinical: boolean,
    templateIndex: number,
    recipients: Person[],
    sentAt: Date,
    nextMeeting: string,
    batch: number,
  ) => {
    const t = TEMPLATES[templateIndex];
    const senderId = clinical ? w.clinicalIds[g] : w.preclinicalIds[g];
    const sender = clinical ? people.clinical[g] : people.preclinical[g];
    for (const p of recipients) {
      const values = { menteeFirstName: firstName(p.name), mentorName: sender.name, nextMeeting };
      const contactLogId = book.log({
        pairId: w.pairIds[g],
        mentorId: senderId,
        menteeId: w.mid(p),
        channel: "EMAIL",
        occurredAt: sentAt,
        minutes: null,
        topics: [CATEGORY_TOPIC[t.category] as ContactTopic],
        note: null,
      });
      templateSends.push({
        id: idOf("snd", templateSends.length + 1),
        cohortId: w.cohortId,
        templateId: templates[templateIndex].id,
        senderId,
        menteeId: w.mid(p),
        batchId: idOf("bat", batch),
        subject: renderTemplate(t.subject, values),
        body: renderTemplate(t.body, values),
        sentAt,
        readAt: book.rng.chance(0.6) ? addMinutes(sentAt, book.rng.int(30, 60 * 20)) : null,
        contactLogId,
      });
    }
  };
  const D = cal.day;
  // Group 1: study methods before the respiratory block, to the whole group.
  send(
    0,
    false,
    0,
    groups[0],
    localTime(D(-12), 19, 30),
    `${meetingTime(localTime(D(-8), 17, 30))}, Dormitory study room`,
    1,
  );
  // Group 2: why basic science matters, to one mentee.
  send(1, true, 5, [groups[1][0]], localTime(D(-6), 20, 10), "our call next week", 2);
  // Group 4: managing stress, to two mentees.
  send(
    3,
    false,
    4,
    [groups[3][1], groups[3][4]],
    localTime(D(-4), 18, 45),
    `${meetingTime(localTime(D(7), 18, 0))}, Dormitory study room`,
    3,
  );
  return templateSends;
}
