"use server";
import { legacyAction, refuse, ruleError } from "../actions";
import { audit } from "../audit";
import { actorFor, authorize } from "../auth/guard";
import { roleCohortId } from "../auth/session";
import { db } from "../db";
import { env } from "../env";
import { enqueueEmails, type Email } from "../outbox/enqueue";
import { consentProblem, decideStep, FORWARD_HOW_LABEL, type ReferralStep } from "./rules";
import {
  acknowledgeReferralSchema,
  answerInfoSchema,
  closeReferralSchema,
  copySupportCentresSchema,
  createReferralSchema,
  createSupportCentreSchema,
  declineReferralSchema,
  deleteSupportCentreSchema,
  forwardReferralSchema,
  requestInfoSchema,
  updateSupportCentreSchema,
} from "./schemas";

/**
 * Referral actions. Confidentiality: reason, messages and outcome never go into audit details,
 * emails, logs or error messages; emails name the thing and link to the app.
 */

const REFERRAL_PATHS = [
  "/mentor/referrals",
  "/supervisor",
  "/supervisor/reports",
  "/mentee/referrals",
  "/coordinator/referrals",
];

function appLink(path: string) {
  return `${(env.NEXTAUTH_URL ?? "").replace(/\/$/, "")}${path}`;
}

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

async function supervisorsOf(tx: Tx, cohortId: string) {
  return tx.membership.findMany({
    where: { cohortId, role: "SUPERVISOR", status: "ACTIVE" },
    select: { user: { select: { id: true, email: true } } },
  });
}

async function mentorsOfPair(tx: Tx, pairId: string) {
  const pair = await tx.mentorPair.findUniqueOrThrow({
    where: { id: pairId },
    select: {
      clinicalMentor: { select: { user: { select: { id: true, email: true } } } },
      preclinicalMentor: { select: { user: { select: { id: true, email: true } } } },
    },
  });
  return [pair.clinicalMentor.user, pair.preclinicalMentor.user];
}

// ---------------------------------------------------------------- refer

interface CreatedReferral {
  referralId: string;
  urgent: boolean;
  emergencyCentres: {
    id: string;
    name: string;
    contact: string | null;
    hours: string | null;
    howToRefer: string | null;
  }[];
}

export const createReferralAction = legacyAction({
  name: "referral.create",
  schema: createReferralSchema,
  successMessage: (d: CreatedReferral) =>
    d.urgent
      ? "Urgent referral sent. The supervisor has been notified at once. Follow the emergency guidance below now."
      : "Referral sent to the supervisor. You will see its status on your referrals page.",
  revalidate: (d: CreatedReferral) => [...REFERRAL_PATHS, `/mentor/referrals/${d.referralId}`],
  async run({ userId, input }): Promise<CreatedReferral> {
    const mentee = await db().membership.findUnique({
      where: { id: input.menteeId },
      select: { id: true, cohortId: true, role: true, status: true, assignment: { select: { pairId: true } } },
    });
    if (!mentee || mentee.role !== "MENTEE" || mentee.status !== "ACTIVE" || !mentee.assignment) refuse();
    const cohortId = mentee.cohortId;
    const pairId = mentee.assignment.pairId;
    const actor = await actorFor(userId, cohortId);
    authorize(actor, "write", "referral.status", { cohortId, pairId, subjectMembershipId: mentee.id });
    const referredById = actor.membershipIds.MENTOR;
    if (!referredById) refuse();

    const informed = input.menteeInformed === "yes";
    const consented = input.menteeConsented === "yes";
    const problem = consentProblem({ menteeInformed: informed, menteeConsented: consented });
    if (problem) ruleError(problem, "menteeConsented");

    let contactLogId: string | null = null;
    if (input.contactLogId) {
      const log = await db().contactLog.findUnique({
        where: { id: input.contactLogId },
        select: { id: true, pairId: true, menteeId: true },
      });
      if (!log || log.pairId !== pairId || (log.menteeId !== null && log.menteeId !== mentee.id)) {
        ruleError("That contact log is not one of this mentee's contacts.", "contactLogId");
      }
      contactLogId = log.id;
    }
    const urgent = input.urgency === "URGENT";

    return db().$transaction(async (tx) => {
      const referral = await tx.referral.create({
        data: {
          cohortId,
          pairId,
          menteeId: mentee.id,
          referredById,
          contactLogId,
          category: input.category,
          urgency: input.urgency,
          reason: input.reason,
          menteeInformed: informed,
          menteeConsented: consented,
        },
        select: { id: true },
      });
      await tx.referralEvent.create({
        data: { referralId: referral.id, actorId: userId, fromStatus: null, toStatus: "SUBMITTED" },
      });
      await audit(tx, {
        actorId: userId,
        cohortId,
        action: "referral.created",
        entity: "Referral",
        entityId: referral.id,
        detail: { category: input.category, urgency: input.urgency },
      });
      if (urgent) {
        const supervisors = await supervisorsOf(tx, cohortId);
        await enqueueEmails(
          tx,
          supervisors.map(
            ({ user }): Email => ({
              userId: user.id,
              toEmail: user.email,
              kind: "referral.urgent",
              dedupeKey: `referral.urgent:${referral.id}:${user.id}`,
              subject: "Urgent referral waiting for your review",
              body:
                "A mentor has filed an URGENT referral (risk to safety). Please review it now in DuoMentor:\n\n" +
                `${appLink(`/supervisor/referrals/${referral.id}`)}\n\n` +
                "For confidentiality this email does not contain the details.",
            }),
          ),
        );
      }
      const emergencyCentres = urgent
        ? await tx.supportCentre.findMany({
            where: { cohortId, emergency: true },
            orderBy: { name: "asc" },
            select: { id: true, name: true, contact: true, hours: true, howToRefer: true },
          })
        : [];
      return { referralId: referral.id, urgent, emergencyCentres };
    });
  },
});

// ---------------------------------------------------------------- review steps

interface StepPayload {
  message?: string | null;
  centreId?: string | null;
  outcome?: string | null;
}

/**
 * One step of the state machine: load the referral, check the caller may take this step, then
 * in one transaction: an atomic status change from the status just read (count must be 1: a
 * second tab or person who got there first makes this one fail cleanly), the history event and
 * the audit event (step and statuses only, never the text).
 */
async function takeStep(userId: string, referralId: string, step: ReferralStep, payload: StepPayload) {
  const ref = await db().referral.findUnique({
    where: { id: referralId },
    select: { id: true, cohortId: true, pairId: true, menteeId: true },
  });
  if (!ref) refuse();
  const actor = await actorFor(userId, ref.cohortId);
  const scope = { cohortId: ref.cohortId, pairId: ref.pairId, subjectMembershipId: ref.menteeId };
  if (step === "answer") {
    authorize(actor, "write", "referral.status", scope);
    authorize(actor, "read", "referral.content", scope);
  } else {
    authorize(actor, "write", "referral.review", scope);
  }
  if (payload.centreId) {
    const centre = await db().supportCentre.findUnique({ where: { id: payload.centreId }, select: { cohortId: true } });
    if (!centre || centre.cohortId !== ref.cohortId)
      ruleError("Choose a support centre from this cohort's directory.", "centreId");
  }

  return db().$transaction(async (tx) => {
    const current = await tx.referral.findUniqueOrThrow({
      where: { id: ref.id },
      select: { status: true, acknowledgedAt: true },
    });
    const decision = decideStep(step, current.status, current.acknowledgedAt);
    if (!decision.ok) ruleError(decision.message);
    const now = new Date();
    const { count } = await tx.referral.updateMany({
      where: { id: ref.id, status: current.status },
      data: {
        status: decision.to,
        ...(decision.setAcknowledgedAt ? { acknowledgedAt: now } : {}),
        ...(decision.setClosedAt ? { closedAt: now } : {}),
        ...(step !== "answer" && payload.message ? { supervisorMessage: payload.message } : {}),
        ...(payload.centreId ? { centreId: payload.centreId } : {}),
        ...(payload.outcome ? { outcome: payload.outcome } : {}),
      },
    });
    if (count !== 1) ruleError("Someone changed this referral a moment ago. Reload to see its current state.");
    await tx.referralEvent.create({
      data: {
        referralId: ref.id,
        actorId: userId,
        fromStatus: current.status,
        toStatus: decision.to,
        message: payload.outcome || payload.message || null,
      },
    });
    await audit(tx, {
      actorId: userId,
      cohortId: ref.cohortId,
      action: `referral.${step}`,
      entity: "Referral",
      entityId: ref.id,
      detail: { from: current.status, to: decision.to, ...(payload.centreId ? { centreId: payload.centreId } : {}) },
    });
    // Tell the other side, without any content.
    if (step === "requestInfo" || step === "answer") {
      const people =
        step === "requestInfo"
          ? await mentorsOfPair(tx, ref.pairId)
          : (await supervisorsOf(tx, ref.cohortId)).map((s) => s.user);
      const path = step === "requestInfo" ? `/mentor/referrals/${ref.id}` : `/supervisor/referrals/${ref.id}`;
      await enqueueEmails(
        tx,
        people.map((p) => ({
          userId: p.id,
          toEmail: p.email,
          kind: `referral.${step}`,
          subject:
            step === "requestInfo" ? "The supervisor asks about a referral" : "A mentor answered about a referral",
          body: `${step === "requestInfo" ? "The faculty supervisor asked for more information about one of your group's referrals." : "A mentor answered your question about a referral."} Open it in DuoMentor:\n\n${appLink(path)}`,
        })),
      );
    }
    return { referralId: ref.id, status: decision.to };
  });
}

const stepPaths = (d: { referralId: string }) => [
  ...REFERRAL_PATHS,
  `/supervisor/referrals/${d.referralId}`,
  `/mentor/referrals/${d.referralId}`,
];

export const acknowledgeReferralAction = legacyAction({
  name: "referral.acknowledge",
  schema: acknowledgeReferralSchema,
  successMessage: "Acknowledged. The mentors see that you are on it.",
  revalidate: stepPaths,
  run: ({ userId, input }) => takeStep(userId, input.referralId, "acknowledge", { message: input.message || null }),
});

export const requestReferralInfoAction = legacyAction({
  name: "referral.requestInfo",
  schema: requestInfoSchema,
  successMessage: "Question sent to the mentors.",
  revalidate: stepPaths,
  run: ({ userId, input }) => takeStep(userId, input.referralId, "requestInfo", { message: input.message }),
});

export const answerReferralInfoAction = legacyAction({
  name: "referral.answer",
  schema: answerInfoSchema,
  successMessage: "Answer sent to the supervisor.",
  revalidate: stepPaths,
  run: ({ userId, input }) => takeStep(userId, input.referralId, "answer", { message: input.message }),
});

export const forwardReferralAction = legacyAction({
  name: "referral.forward",
  schema: forwardReferralSchema,
  successMessage: "Forwarded. The mentors and the mentee see the new status.",
  revalidate: stepPaths,
  run: ({ userId, input }) =>
    takeStep(userId, input.referralId, "forward", {
      centreId: input.centreId,
      message: `${FORWARD_HOW_LABEL[input.how]}.${input.message ? ` ${input.message}` : ""}`,
    }),
});

export const closeReferralAction = legacyAction({
  name: "referral.close",
  schema: closeReferralSchema,
  successMessage: "Closed with its outcome.",
  revalidate: stepPaths,
  run: ({ userId, input }) => takeStep(userId, input.referralId, "close", { outcome: input.outcome }),
});

export const declineReferralAction = legacyAction({
  name: "referral.decline",
  schema: declineReferralSchema,
  successMessage: "Declined. The mentors see your reason.",
  revalidate: stepPaths,
  run: ({ userId, input }) => takeStep(userId, input.referralId, "decline", { message: input.message }),
});

// ---------------------------------------------------------------- support centre directory

const CENTRE_PATHS = ["/coordinator/support-centres", "/mentor/referrals/new"];

function centreData(input: {
  name: string;
  category: string;
  contact: string;
  hours: string;
  howToRefer: string;
  emergency: boolean;
}) {
  return {
    name: input.name,
    category: input.category as "PSYCHOLOGICAL",
    contact: input.contact || null,
    hours: input.hours || null,
    howToRefer: input.howToRefer || null,
    emergency: input.emergency,
  };
}

const centreConflict = { cohortId: { message: "This directory already has a centre with that name.", field: "name" } };

/** The coordinator's cohort: the one their pages show (lib/auth/session.ts), never from the client. */
async function coordinatorCohortOf(): Promise<string> {
  const cohortId = await roleCohortId("COORDINATOR");
  if (!cohortId) refuse();
  return cohortId;
}

export const createSupportCentreAction = legacyAction({
  name: "supportCentre.create",
  schema: createSupportCentreSchema,
  successMessage: "Centre added to the directory.",
  revalidate: () => CENTRE_PATHS,
  conflicts: centreConflict,
  async run({ userId, input }) {
    const cohortId = await coordinatorCohortOf();
    const actor = await actorFor(userId, cohortId);
    authorize(actor, "write", "cohort.setup", { cohortId });
    return db().$transaction(async (tx) => {
      const c = await tx.supportCentre.create({ data: { cohortId, ...centreData(input) }, select: { id: true } });
      await audit(tx, {
        actorId: userId,
        cohortId,
        action: "supportCentre.created",
        entity: "SupportCentre",
        entityId: c.id,
      });
      return { centreId: c.id };
    });
  },
});

export const updateSupportCentreAction = legacyAction({
  name: "supportCentre.update",
  schema: updateSupportCentreSchema,
  successMessage: "Centre saved.",
  revalidate: () => CENTRE_PATHS,
  conflicts: centreConflict,
  async run({ userId, input }) {
    const centre = await db().supportCentre.findUnique({
      where: { id: input.centreId },
      select: { id: true, cohortId: true },
    });
    if (!centre) refuse();
    const actor = await actorFor(userId, centre.cohortId);
    authorize(actor, "write", "cohort.setup", { cohortId: centre.cohortId });
    return db().$transaction(async (tx) => {
      await tx.supportCentre.update({ where: { id: centre.id }, data: centreData(input), select: { id: true } });
      await audit(tx, {
        actorId: userId,
        cohortId: centre.cohortId,
        action: "supportCentre.updated",
        entity: "SupportCentre",
        entityId: centre.id,
      });
      return { centreId: centre.id };
    });
  },
});

export const deleteSupportCentreAction = legacyAction({
  name: "supportCentre.delete",
  schema: deleteSupportCentreSchema,
  successMessage: "Centre removed from the directory.",
  revalidate: () => CENTRE_PATHS,
  async run({ userId, input }) {
    const centre = await db().supportCentre.findUnique({
      where: { id: input.centreId },
      select: { id: true, cohortId: true },
    });
    if (!centre) refuse();
    const actor = await actorFor(userId, centre.cohortId);
    authorize(actor, "write", "cohort.setup", { cohortId: centre.cohortId });
    return db().$transaction(async (tx) => {
      // Referrals keep pointing at the centre they were forwarded to (reports count them): lock
      // the centre row, then refuse while any referral uses it.
      await tx.$queryRaw`SELECT id FROM "SupportCentre" WHERE id = ${centre.id} FOR UPDATE`;
      const used = await tx.referral.count({ where: { centreId: centre.id } });
      if (used > 0)
        ruleError(
          `Referrals were forwarded to this centre (${used}), so it stays in the directory. Edit its details instead.`,
        );
      await tx.supportCentre.delete({ where: { id: centre.id } });
      await audit(tx, {
        actorId: userId,
        cohortId: centre.cohortId,
        action: "supportCentre.deleted",
        entity: "SupportCentre",
        entityId: centre.id,
      });
      return { centreId: centre.id };
    });
  },
});

export const copySupportCentresAction = legacyAction({
  name: "supportCentre.copy",
  schema: copySupportCentresSchema,
  successMessage: (d: { copied: number }) =>
    d.copied === 0
      ? "Nothing to copy: every centre is already in this year's directory."
      : `Copied ${d.copied} centre${d.copied === 1 ? "" : "s"} from last year.`,
  revalidate: () => CENTRE_PATHS,
  async run({ userId, input }) {
    if (input.fromCohortId === input.toCohortId) ruleError("Choose an earlier cohort to copy from.", "fromCohortId");
    // The caller must coordinate both cohorts; ids from the form are checked, never trusted.
    const to = await actorFor(userId, input.toCohortId);
    authorize(to, "write", "cohort.setup", { cohortId: input.toCohortId });
    const from = await actorFor(userId, input.fromCohortId);
    authorize(from, "read", "cohort.setup", { cohortId: input.fromCohortId });
    return db().$transaction(async (tx) => {
      const source = await tx.supportCentre.findMany({
        where: { cohortId: input.fromCohortId },
        select: { name: true, category: true, contact: true, hours: true, howToRefer: true, emergency: true },
      });
      const { count } = await tx.supportCentre.createMany({
        data: source.map((c) => ({ ...c, cohortId: input.toCohortId })),
        skipDuplicates: true, // (cohortId, name) is unique: centres already there are kept as they are
      });
      await audit(tx, {
        actorId: userId,
        cohortId: input.toCohortId,
        action: "supportCentre.copied",
        entity: "Cohort",
        entityId: input.toCohortId,
        detail: { fromCohortId: input.fromCohortId, copied: count },
      });
      return { copied: count };
    });
  },
});
