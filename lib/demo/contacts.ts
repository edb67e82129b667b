/**
 * A few weeks of contacts: an introduction call and a group meeting per group, then roughly
 * weekly calls, messages, emails and meetings by either mentor up to a few days ago; unanswered
 * calls followed by a call-back; three mentees left overdue; the calls two referrals came from.
 */
import type { ContactChannel, ContactTopic, Prisma } from "../../generated/prisma/client";
import { addDays, addMinutes, idOf, localTime, rngFor } from "./context";
import { CLINICAL_TOPICS, NOTES, PRECLINICAL_TOPICS } from "./texts/contacts";
import { STUDIES_CONTACT_NOTE, WELLBEING_CONTACT_NOTE } from "./texts/referrals";
import { cast, type DemoWorld } from "./world";

type LogRow = Omit<Prisma.ContactLogCreateManyInput, "id" | "cohortId" | "createdAt">;

/** The cohort's contact log, with one writer shared by contacts and template sends. */
export function contactBook(w: DemoWorld) {
  const rng = rngFor("contacts");
  const contactLogs: Prisma.ContactLogCreateManyInput[] = [];
  const log = (row: LogRow) => {
    const id = idOf("log", contactLogs.length + 1);
    const occurredAt = new Date(row.occurredAt);
    contactLogs.push({ id, cohortId: w.cohortId, ...row, createdAt: addMinutes(occurredAt, rng.int(5, 90)) });
    return id;
  };
  return { rng, contactLogs, log };
}
export type ContactBook = ReturnType<typeof contactBook>;

/** Every contact of the history; returns the contacts the two referrals came from. */
export function contactHistory(w: DemoWorld, book: ContactBook, attended: { bookingId: string; startsAt: Date }) {
  const { rng, log } = book;
  const { groups, clinicalIds, preclinicalIds, mid, cal } = w;
  const { demoMentee, overdue, referralMentee, educationalMentee } = cast(groups);
  const overdueSet = new Set(overdue);
  const topicsFor = (clinical: boolean, dormitory: boolean): ContactTopic[] => {
    const pool = clinical ? CLINICAL_TOPICS : PRECLINICAL_TOPICS;
    const first = dormitory && !clinical && rng.chance(0.4) ? "ADAPTATION_DORMITORY" : rng.pick(pool);
    const second = rng.chance(0.4) ? rng.pick(pool) : first;
    return first === second ? [first] : [first, second];
  };
  const noteFor = (topics: ContactTopic[]) =>
    rng.chance(0.3) ? (rng.pick(NOTES[topics[0]] ?? ["Good conversation; nothing to follow up."]) ?? null) : null;
  const referralContacts = {
    wellbeing: { id: "", at: new Date(0) },
    studies: { id: "", at: new Date(0) },
  };

  groups.forEach((group, g) => {
    const pairId = w.pairIds[g];
    // One group meeting in the second week.
    log({
      pairId,
      mentorId: preclinicalIds[g],
      menteeId: null,
      channel: "FACE_TO_FACE",
      occurredAt: localTime(addDays(cal.startsOn, 8 + rng.int(0, 3)), 17, 30),
      minutes: 60,
      topics: ["ADAPTATION_DORMITORY", "STUDY_METHODS_EXAMS"],
      note: `Group meeting with both mentors; ${rng.int(4, 6)} of 6 came. Agreed on the mentoring agreement and how to reach us.`,
    });

    group.forEach((p, i) => {
      const menteeId = mid(p);
      // Contact days, walking back from the latest one roughly weekly to the cohort start.
      const lastGap =
        p === referralMentee ? 3 : p === educationalMentee ? 2 : overdueSet.has(p) ? rng.int(13, 16) : rng.int(1, 7);
      const days: Date[] = [];
      for (let day = cal.day(-lastGap); day.getTime() > cal.startsOn.getTime(); day = addDays(day, -rng.int(6, 8)))
        days.unshift(day);
      days.forEach((day, k) => {
        const last = k === days.length - 1;
        let clinical = (k + i) % 2 === 1;
        if (last && p === referralMentee) clinical = true;
        if (last && p === educationalMentee) clinical = false;
        const mentorId = clinical ? clinicalIds[g] : preclinicalIds[g];
        const at = localTime(day, rng.int(9, 15), 5 * rng.int(0, 11));
        const base = { pairId, mentorId, menteeId, occurredAt: at };

        if (k === 0) {
          log({
            ...base,
            channel: "PHONE",
            minutes: rng.int(20, 40),
            topics: ["ADAPTATION_DORMITORY", "OTHER"],
            note: "Introduction call: agreed to talk weekly by phone and to meet with the group in week 2.",
          });
          return;
        }
        if (last && p === referralMentee) {
          const id = log({
            ...base,
            channel: "PHONE",
            minutes: 35,
            topics: ["STRESS_WELLBEING"],
            note: WELLBEING_CONTACT_NOTE,
            followUpOn: cal.day(4),
          });
          referralContacts.wellbeing = { id, at };
          return;
        }
        if (last && p === educationalMentee) {
          const id = log({
            ...base,
            channel: "FACE_TO_FACE",
            minutes: 40,
            topics: ["STUDY_METHODS_EXAMS"],
            note: STUDIES_CONTACT_NOTE,
          });
          referralContacts.studies = { id, at };
          return;
        }
        const roll = rng.next();
        const channel: ContactChannel =
          roll < 0.1 ? "FACE_TO_FACE" : roll < 0.16 ? "MESSAGE" : roll < 0.22 ? "EMAIL" : "PHONE";
        const topics = topicsFor(clinical, p.dormitory);
        if (channel === "PHONE" && rng.chance(0.12)) {
          // An unanswered call, then the mentor keeps trying: called back later that day.
          log({
            ...base,
            channel,
            outcome: "NO_ANSWER",
            minutes: null,
            note: rng.chance(0.5) ? "No answer; left a voicemail." : null,
          });
          log({
            ...base,
            channel,
            occurredAt: addMinutes(at, 60 * rng.int(3, 5)),
            minutes: rng.int(5, 30),
            topics,
            note: noteFor(topics),
          });
          return;
        }
        log({
          ...base,
          channel,
          minutes: channel === "FACE_TO_FACE" ? rng.int(25, 40) : channel === "PHONE" ? rng.int(5, 40) : rng.int(5, 15),
          topics,
          note: noteFor(topics),
        });
      });
      // Persistence with one overdue mentee: calls that were not answered.
      if (p === overdue[0]) {
        for (const [gap, mentorId] of [
          [7, preclinicalIds[0]],
          [3, clinicalIds[0]],
        ] as const) {
          log({
            pairId,
            mentorId,
            menteeId,
            channel: "PHONE",
            outcome: "NO_ANSWER",
            occurredAt: localTime(cal.day(-gap), 18, 15),
            minutes: null,
            note: "No answer; sent a text asking for a good time to call.",
          });
        }
      }
    });
  });
  // The face-to-face meeting that was booked and marked attended.
  log({
    pairId: w.pairIds[0],
    mentorId: preclinicalIds[0],
    menteeId: mid(demoMentee),
    channel: "FACE_TO_FACE",
    occurredAt: attended.startsAt,
    minutes: 45,
    topics: ["STUDY_METHODS_EXAMS", "ADAPTATION_DORMITORY"],
    note: "Went through the revision plan for the respiratory block.",
    bookingId: attended.bookingId,
  });
  return referralContacts;
}
