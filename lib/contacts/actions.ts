"use server";
import { defineAction, ruleError, type Need } from "../actions";
import { clock } from "../clock";
import { msg } from "../i18n/msg";
import { localDate, localToDbDate, zonedToUtc } from "../time";
import { loadPairForContact } from "./loaders";
import { contactMinutesProblem, contactOutcomeProblem, contactTimeProblem, followUpProblem } from "./rules";
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
 * mentee's pair may (the table's pair cell, on each mentee's own pair); the time must be in the
 * past and inside the cohort.
 */
export const logContactAction = defineAction({
  name: "contact.log",
  schema: logContactSchema,
  successMessage: (d: LoggedContacts) => msg("contacts.saved", { count: d.count }),
  revalidate: () => [
    "/mentor",
    "/mentor/contacts",
    "/coordinator/compliance",
    "/supervisor/compliance",
    "/mentee/contacts",
  ],
  load: ({ input }) => loadPairForContact(input.pairId, input.target),
  permission: (pair, input): Need[] => [
    { verb: "write", resource: "contact.meta" },
    // each mentee the contact is about, on that mentee's own pair (a mentee of another group fails)
    ...pair.subjects.map((s): Need => ({ verb: "write", resource: "contact.meta", scope: s })),
    ...(input.note ? [{ verb: "write", resource: "contact.note" } as const] : []),
  ],
  async run({ input, record: pair, membershipId: mentorId, tx }): Promise<LoggedContacts> {
    const menteeIds: (string | null)[] =
      input.target === TARGET_GROUP ? [null] : pair.subjects.map((s) => s.subjectMembershipId);
    if (menteeIds.length === 0) ruleError("contacts.errors.noMentees", "target");
    if (input.needsReferral && (input.target === TARGET_GROUP || input.target === TARGET_EACH)) {
      ruleError("contacts.errors.referralOne", "needsReferral");
    }
    const { cadence } = pair.cohort;
    const occurredAt = zonedToUtc(input.occurredAt, cadence.timeZone);
    const problems: [string | null, string][] = [
      [contactTimeProblem(cadence, occurredAt, clock()), "occurredAt"],
      [contactMinutesProblem(input.outcome, input.minutes), "minutes"],
      [contactOutcomeProblem(input.outcome, input.channel), "outcome"],
      [followUpProblem(input.followUpOn, localDate(occurredAt, cadence.timeZone), cadence.endsOn), "followUpOn"],
    ];
    for (const [problem, field] of problems) if (problem) ruleError(problem, field);

    const created = await tx.contactLog.createManyAndReturn({
      data: menteeIds.map((menteeId) => ({
        cohortId: pair.scope.cohortId,
        pairId: pair.scope.pairId,
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
    const first = created[0];
    return {
      count: created.length,
      contacts: created,
      referralHref:
        input.needsReferral && first?.menteeId
          ? `/mentor/referrals/new?mentee=${encodeURIComponent(first.menteeId)}&contact=${encodeURIComponent(first.id)}`
          : null,
    };
  },
  // Private notes: who wrote one about which contacts, never the text.
  audit: (d, { input }) =>
    input.note
      ? d.contacts.map((c) => ({ action: "contact.note_written", entity: "ContactLog", entityId: c.id }))
      : null,
});
