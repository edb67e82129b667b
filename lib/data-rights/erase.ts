import type { Tx } from "../actions";
import { inTurn } from "../db/in-turn";
import { ANONYMISED_TEXT, anonymisedEmail, anonymisedName, type KeptRecords } from "./rules";

/**
 * Anonymising replaces what identifies a person, and everything they or others wrote about them,
 * while the records themselves stay, so counts, cadence compliance and aggregates are kept.
 * Runs inside the caller's transaction; nothing is deleted as a side effect except their sign-in
 * sessions and unused links, which are credentials, not records.
 */
export async function anonymiseUser(tx: Tx, userId: string, now: Date): Promise<void> {
  const memberships = await tx.membership.findMany({ where: { userId }, select: { id: true } });
  const ids = memberships.map((m) => m.id);
  await tx.user.update({
    where: { id: userId },
    data: {
      name: anonymisedName(userId),
      email: anonymisedEmail(userId),
      phone: null,
      preferredChannel: null,
      passwordHash: null,
      ssoSubject: null,
      calendarTokenHash: null,
      languages: [],
      gender: "UNDISCLOSED",
      international: false,
      anonymisedAt: now,
    },
    select: { id: true },
  });
  await tx.membership.updateMany({
    where: { userId },
    data: { motivation: null, availabilityNote: null, decisionReason: null, studentNumber: null },
  });
  if (ids.length) await clearFreeTextAbout(tx, ids);
  await tx.outbox.updateMany({
    where: { userId },
    data: { toEmail: anonymisedEmail(userId), subject: ANONYMISED_TEXT, body: ANONYMISED_TEXT, lastError: null },
  });
  await tx.authToken.deleteMany({ where: { userId } });
  await tx.authSession.updateMany({
    where: { userId, endedAt: null },
    data: { endedAt: now, endReason: "anonymised" },
  });
}

/** Free text written by or about these memberships: notes, referral reasons, messages, answers. */
async function clearFreeTextAbout(tx: Tx, membershipIds: string[]) {
  const about = { in: membershipIds };
  await tx.contactLog.updateMany({ where: { OR: [{ mentorId: about }, { menteeId: about }] }, data: { note: null } });
  await tx.referral.updateMany({
    where: { menteeId: about },
    data: { reason: ANONYMISED_TEXT, supervisorMessage: null, outcome: null },
  });
  await tx.referralEvent.updateMany({ where: { referral: { menteeId: about } }, data: { message: null } });
  await tx.templateSend.updateMany({
    where: { menteeId: about },
    data: { subject: ANONYMISED_TEXT, body: ANONYMISED_TEXT },
  });
  await tx.surveyAnswer.updateMany({ where: { response: { respondentId: about } }, data: { text: null } });
  await tx.sessionFeedback.updateMany({ where: { membershipId: about }, data: { comment: null } });
  await tx.booking.updateMany({ where: { menteeId: about }, data: { cancelReason: null, overrideReason: null } });
  // A coordinator's reason for changing a mentor's hours can name people ("stood in for Sara").
  await tx.hoursAdjustment.updateMany({ where: { membershipId: about }, data: { reason: ANONYMISED_TEXT } });
}

export async function keptRecords(tx: Tx, userId: string): Promise<KeptRecords> {
  const mine = { userId };
  const m = { membership: mine };
  const [
    contacts,
    referrals,
    bookings,
    templateSends,
    surveyResponses,
    attendances,
    feedback,
    pairs,
    groups,
    slots,
    referralEvents,
    outcomes,
  ] = await inTurn(
    () => tx.contactLog.count({ where: { OR: [{ mentor: mine }, { mentee: mine }] } }),
    () => tx.referral.count({ where: { OR: [{ mentee: mine }, { referredBy: mine }] } }),
    () => tx.booking.count({ where: { mentee: mine } }),
    () => tx.templateSend.count({ where: { OR: [{ mentee: mine }, { sender: mine }] } }),
    () => tx.surveyResponse.count({ where: { OR: [{ respondent: mine }, { subject: mine }] } }),
    () => tx.attendance.count({ where: m }),
    () => tx.sessionFeedback.count({ where: m }),
    () => tx.mentorPair.count({ where: { OR: [{ clinicalMentor: mine }, { preclinicalMentor: mine }] } }),
    () => tx.menteeAssignment.count({ where: { mentee: mine } }),
    () => tx.availabilitySlot.count({ where: { mentor: mine } }),
    () => tx.referralEvent.count({ where: { actorId: userId } }),
    // These tables name the membership without a Prisma relation (their keys are in SQL).
    async (): Promise<number> => {
      const ms = await tx.membership.findMany({ where: mine, select: { id: true } });
      const membershipId = { in: ms.map((x) => x.id) };
      const counts = await inTurn(
        () => tx.examResult.count({ where: { membershipId } }),
        () => tx.hoursAdjustment.count({ where: { membershipId } }),
        () => tx.hoursCertificate.count({ where: { membershipId } }),
      );
      return counts.reduce((a, b) => a + b, 0);
    },
  );
  return {
    contacts,
    referrals,
    bookings,
    templateSends,
    surveyResponses,
    attendances,
    feedback,
    pairs,
    groups,
    slots,
    referralEvents,
    outcomes,
  };
}

/** Deletes an account that holds no programme record (the caller checked deletionProblem). */
export async function deleteUser(tx: Tx, userId: string): Promise<void> {
  await tx.membership.deleteMany({ where: { userId } });
  await tx.authToken.deleteMany({ where: { userId } });
  await tx.authSession.deleteMany({ where: { userId } });
  await tx.outbox.deleteMany({ where: { userId } });
  await tx.user.delete({ where: { id: userId }, select: { id: true } });
}

/**
 * The retention rule for one closed cohort: free text in the cohort is cleared, and everyone whose
 * every membership is in anonymised (or this) cohort is anonymised. Counts stay.
 */
export async function anonymiseCohort(tx: Tx, cohortId: string, now: Date): Promise<{ people: number }> {
  const members = await tx.membership.findMany({ where: { cohortId }, select: { id: true, userId: true } });
  if (members.length)
    await clearFreeTextAbout(
      tx,
      members.map((m) => m.id),
    );
  await tx.membership.updateMany({
    where: { cohortId },
    data: { motivation: null, availabilityNote: null, decisionReason: null, studentNumber: null },
  });
  await tx.cohort.update({
    where: { id: cohortId },
    data: { anonymisedAt: now, agreementText: null },
    select: { id: true },
  });
  const userIds = [...new Set(members.map((m) => m.userId))];
  let people = 0;
  for (const userId of userIds) {
    const elsewhere = await tx.membership.count({
      where: { userId, cohort: { anonymisedAt: null } },
    });
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { anonymisedAt: true } });
    if (elsewhere === 0 && !user.anonymisedAt) {
      await anonymiseUser(tx, userId, now);
      people++;
    }
  }
  return { people };
}
