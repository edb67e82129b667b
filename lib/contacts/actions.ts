"use server";
import { defineAction, refuse, ruleError } from "../actions";
import { audit } from "../audit";
import { actorFor, authorize } from "../auth/guard";
import { db } from "../db";
import { localDate, localToDbDate, zonedToUtc } from "../time";
import { loadCohortCadence } from "./data";
import { contactMinutesProblem, contactTimeProblem } from "./rules";
import { logContactSchema, TARGET_EACH, TARGET_GROUP } from "./schemas";

export interface LoggedContacts {
  count: number;
  contacts: { id: string; menteeId: string | null }[];
  /** the referral form for the first logged mentee, when "this needs a referral" was ticked */
  referralHref: string | null;
}

/**
 * A mentor logs a contact: with one mentee, with each mentee of the group ("Called all 6": one
 * row each), or with the whole group at once (one row, menteeId null). Only a mentor of the
 * mentee's pair may; the time must be in the past and inside the cohort.
 */
export const logContactAction = defineAction({
  name: "contacts.log",
  schema: logContactSchema,
  successMessage: (d: LoggedContacts) =>
    d.count === 1 ? "Contact saved." : `${d.count} contacts saved, one for each mentee.`,
  revalidate: () => [
    "/mentor",
    "/mentor/contacts",
    "/coordinator/compliance",
    "/supervisor/compliance",
    "/mentee/contacts",
  ],
  async run({ userId, input }): Promise<LoggedContacts> {
    // The record: the pair named in the form, with its group; everything else is derived from it.
    const pair = await db().mentorPair.findUnique({
      where: { id: input.pairId },
      select: { id: true, cohortId: true, mentees: { select: { menteeId: true } } },
    });
    if (!pair) refuse();
    const actor = await actorFor(userId, pair.cohortId);
    const scope = { cohortId: pair.cohortId, pairId: pair.id };
    authorize(actor, "write", "contact.meta", scope);
    const mentorId = actor.membershipIds.MENTOR;
    if (!mentorId) refuse();

    const group = pair.mentees.map((m) => m.menteeId);
    let menteeIds: (string | null)[];
    if (input.target === TARGET_EACH) menteeIds = group;
    else if (input.target === TARGET_GROUP) menteeIds = [null];
    else if (group.includes(input.target)) menteeIds = [input.target];
    else refuse(); // a mentee outside this pair's group: same answer as a missing one
    if (menteeIds.length === 0) ruleError("Your group has no mentees yet.", "target");
    for (const menteeId of menteeIds) {
      authorize(actor, "write", "contact.meta", { ...scope, subjectMembershipId: menteeId });
    }
    if (input.note) authorize(actor, "write", "contact.note", scope);
    if (input.needsReferral && (input.target === TARGET_GROUP || input.target === TARGET_EACH)) {
      ruleError("A referral is about one mentee: log this contact for that mentee.", "needsReferral");
    }

    const cohort = await loadCohortCadence(db(), pair.cohortId);
    if (!cohort) refuse();
    const tz = cohort.cadence.timeZone;
    const occurredAt = zonedToUtc(input.occurredAt, tz);
    const now = new Date();
    const timeProblem = contactTimeProblem(cohort.cadence, occurredAt, now);
    if (timeProblem) ruleError(timeProblem, "occurredAt");
    const minutesProblem = contactMinutesProblem(input.outcome, input.minutes);
    if (minutesProblem) ruleError(minutesProblem, "minutes");
    if (input.outcome === "NO_ANSWER" && input.channel !== "PHONE" && input.channel !== "VIDEO") {
      ruleError("Only a call can go unanswered.", "outcome");
    }
    if (input.followUpOn) {
      if (input.followUpOn < localDate(occurredAt, tz))
        ruleError("The follow-up cannot be before the contact.", "followUpOn");
      if (input.followUpOn > cohort.cadence.endsOn)
        ruleError("The follow-up must be before the cohort ends.", "followUpOn");
    }

    return db().$transaction(async (tx) => {
      const created = await tx.contactLog.createManyAndReturn({
        data: menteeIds.map((menteeId) => ({
          cohortId: pair.cohortId,
          pairId: pair.id,
          mentorId,
          menteeId,
          channel: input.channel,
          outcome: input.outcome,
          occurredAt,
          minutes: input.outcome === "NO_ANSWER" ? null : input.minutes,
          topics: input.topics,
          note: input.note,
          followUpOn: input.followUpOn ? localToDbDate(input.followUpOn) : null,
        })),
        select: { id: true, menteeId: true },
      });
      if (input.note) {
        // Private notes: who wrote one about which contacts, never the text.
        for (const c of created) {
          await audit(tx, {
            actorId: userId,
            cohortId: pair.cohortId,
            action: "contact.note_written",
            entity: "ContactLog",
            entityId: c.id,
          });
        }
      }
      const first = created[0];
      return {
        count: created.length,
        contacts: created,
        referralHref:
          input.needsReferral && first?.menteeId
            ? `/mentor/referrals/new?mentee=${encodeURIComponent(first.menteeId)}&contact=${encodeURIComponent(first.id)}`
            : null,
      };
    });
  },
});
