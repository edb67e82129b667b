"use server";
import type { z } from "zod";
import { defineAction, refuse, ruleError, type Need, type Tx } from "../actions";
import { clock } from "../clock";
import { email } from "../emails";
import { env } from "../env";
import { msg, type Msg } from "../i18n/msg";
import { enqueueEmails } from "../outbox/enqueue";
import { emergencyCentres } from "../support-centres/data";
import { loadMenteeForReferral, loadReferral } from "./loaders";
import {
  consentProblem,
  contactLogProblem,
  decideStep,
  FORWARD_HOW_LABEL,
  STEPS,
  type ReferralStatus,
  type ReferralStep,
  type StepActor,
} from "./rules";
import {
  acknowledgeReferralSchema,
  answerInfoSchema,
  closeReferralSchema,
  createReferralSchema,
  declineReferralSchema,
  forwardReferralSchema,
  requestInfoSchema,
} from "./schemas";

/**
 * Referral actions, on the pipeline (lib/actions.ts): the referral (or the mentee) is loaded with
 * its scope (./loaders.ts), the permission table decides who may file it or take a step, and
 * each write, its ReferralEvent and its audit row are one transaction.
 * Confidentiality: reason, messages and outcome never go into audit details, emails, logs or
 * error messages; emails name the thing and link to the app (lib/emails).
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

async function supervisorsOf(tx: Tx, cohortId: string) {
  const rows = await tx.membership.findMany({
    where: { cohortId, role: "SUPERVISOR", status: "ACTIVE" },
    select: { user: { select: { id: true, email: true } } },
  });
  return rows.map((r) => r.user);
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

export interface CreatedReferral {
  referralId: string;
  urgent: boolean;
  /** urgent: how many supervisors were emailed, and when */
  notified: number;
  notifiedAt: Date | null;
  emergencyCentres: {
    id: string;
    name: string;
    contact: string | null;
    hours: string | null;
    howToRefer: string | null;
  }[];
}

/**
 * A mentor refers a mentee of their group. The pair is the mentee's (their assignment), and the
 * table's pair cell lets only that pair's mentors file it; the referring mentor is the caller's
 * mentor membership. Urgent: every supervisor is emailed at once and the emergency centres come back.
 */
export const createReferralAction = defineAction({
  name: "referral.create",
  schema: createReferralSchema,
  successMessage: (d: CreatedReferral) =>
    d.urgent
      ? msg("referrals.urgentSent", { count: d.notified, at: d.notifiedAt ?? new Date(0) })
      : msg("referrals.done.sent"),
  revalidate: (d) => [...REFERRAL_PATHS, `/mentor/referrals/${d.referralId}`],
  load: ({ input }) => loadMenteeForReferral(input.menteeId, input.contactLogId || null),
  permission: { verb: "write", resource: "referral.status", as: "MENTOR" },
  async run({ input, record, userId, membershipId: referredById, tx }): Promise<CreatedReferral> {
    const { cohortId, pairId } = record.scope;
    if (!pairId) refuse(); // granted by the pair cell, so never; narrows the type
    const informed = input.menteeInformed === "yes";
    const consented = input.menteeConsented === "yes";
    const consent = consentProblem({ menteeInformed: informed, menteeConsented: consented });
    if (consent) ruleError(consent, "menteeConsented");
    if (input.contactLogId) {
      const problem = contactLogProblem(record.contactLog, { pairId, menteeId: record.menteeId });
      if (problem) ruleError(problem, "contactLogId");
    }
    const urgent = input.urgency === "URGENT";

    const referral = await tx.referral.create({
      data: {
        cohortId,
        pairId,
        menteeId: record.menteeId,
        referredById,
        contactLogId: input.contactLogId || null,
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
    const supervisors = urgent ? await supervisorsOf(tx, cohortId) : [];
    if (urgent) {
      const text = email("referral.urgent", { url: appLink(`/supervisor/referrals/${referral.id}`) });
      await enqueueEmails(
        tx,
        supervisors.map((s) => ({
          userId: s.id,
          toEmail: s.email,
          dedupeKey: `referral.urgent:${referral.id}:${s.id}`,
          ...text,
        })),
      );
    }
    return {
      referralId: referral.id,
      urgent,
      // what did happen, for the confirmation: who was emailed, when (queued now, sent by the outbox)
      notified: supervisors.length,
      notifiedAt: urgent ? clock() : null,
      emergencyCentres: urgent ? await emergencyCentres(tx, cohortId) : [],
    };
  },
  audit: (d, { input }) => ({
    action: "referral.created",
    entity: "Referral",
    entityId: d.referralId,
    detail: { category: input.category, urgency: input.urgency },
  }),
});

// ---------------------------------------------------------------- review steps

interface StepPayload {
  message?: string | null;
  centreId?: string | null;
  outcome?: string | null;
}

export interface StepTaken {
  referralId: string;
  from: ReferralStatus;
  status: ReferralStatus;
}

/** Who takes a step, as a cell of the permission table (STEPS[step].by says which). */
const STEP_NEED: Record<StepActor, Need> = {
  SUPERVISOR: { verb: "write", resource: "referral.review", as: "SUPERVISOR" },
  MENTOR: { verb: "write", resource: "referral.answer", as: "MENTOR" },
};

/** Whom a step tells, and where it links (no content, ever). */
const STEP_EMAIL: Partial<
  Record<
    ReferralStep,
    { kind: "referral.requestInfo" | "referral.answer"; to: "mentors" | "supervisors"; path: string }
  >
> = {
  requestInfo: { kind: "referral.requestInfo", to: "mentors", path: "/mentor/referrals/" },
  answer: { kind: "referral.answer", to: "supervisors", path: "/supervisor/referrals/" },
};

const stepPaths = (d: StepTaken) => [
  ...REFERRAL_PATHS,
  `/supervisor/referrals/${d.referralId}`,
  `/mentor/referrals/${d.referralId}`,
];

/**
 * One step of the state machine (rules.ts STEPS), the same for every step: the referral is loaded
 * with its scope, the table decides who may take it; then in the pipeline's transaction: the
 * status is read, `decideStep` rules, an atomic change from the status just read (count must be 1:
 * a second tab or person who got there first makes this one fail cleanly), the history event, the
 * emails of the step, and the audit row (step and statuses only, never the text).
 */
function referralStep<S extends z.ZodType<{ referralId: string }>>(
  step: ReferralStep,
  schema: S,
  successMessage: Msg,
  payload: (input: z.output<S>) => StepPayload,
) {
  return defineAction({
    name: `referral.${step}`,
    schema,
    successMessage,
    revalidate: stepPaths,
    // forwarding to a centre the coordinator removes at the same moment (its delete holds the row)
    conflicts: {
      Referral_centreId_fkey: {
        message: msg("referrals.errors.centreRemoved"),
        field: "centreId",
      },
    },
    load: ({ input }) => loadReferral(input.referralId),
    permission: STEP_NEED[STEPS[step].by],
    async run({ input, record, userId, tx }): Promise<StepTaken> {
      const { message, centreId, outcome } = payload(input);
      const { cohortId, pairId } = record.scope;
      if (centreId) {
        const centre = await tx.supportCentre.findUnique({ where: { id: centreId }, select: { cohortId: true } });
        if (centre?.cohortId !== cohortId) ruleError(msg("referrals.errors.centreNotInCohort"), "centreId");
      }
      const current = await tx.referral.findUniqueOrThrow({
        where: { id: record.id },
        select: { status: true, acknowledgedAt: true },
      });
      const decision = decideStep(step, current.status, current.acknowledgedAt);
      if (!decision.ok) ruleError(decision.message);
      const now = clock();
      const { count } = await tx.referral.updateMany({
        where: { id: record.id, status: current.status },
        data: {
          status: decision.to,
          ...(decision.setAcknowledgedAt ? { acknowledgedAt: now } : {}),
          ...(decision.setClosedAt ? { closedAt: now } : {}),
          // the mentor's answer lives in the history only; the supervisor's message on the referral
          ...(STEPS[step].by === "SUPERVISOR" && message ? { supervisorMessage: message } : {}),
          ...(centreId ? { centreId } : {}),
          ...(outcome ? { outcome } : {}),
        },
      });
      if (count !== 1) ruleError(msg("referrals.errors.changed"));
      await tx.referralEvent.create({
        data: {
          referralId: record.id,
          actorId: userId,
          fromStatus: current.status,
          toStatus: decision.to,
          message: outcome || message || null,
        },
      });
      const notify = STEP_EMAIL[step];
      if (notify) {
        const people = notify.to === "mentors" ? await mentorsOfPair(tx, pairId) : await supervisorsOf(tx, cohortId);
        const text = email(notify.kind, { url: appLink(`${notify.path}${record.id}`) });
        await enqueueEmails(
          tx,
          people.map((p) => ({ userId: p.id, toEmail: p.email, ...text })),
        );
      }
      return { referralId: record.id, from: current.status, status: decision.to };
    },
    audit: (d, { input }) => {
      const { centreId } = payload(input);
      return {
        action: `referral.${step}`,
        entity: "Referral",
        entityId: d.referralId,
        detail: { from: d.from, to: d.status, ...(centreId ? { centreId } : {}) },
      };
    },
  });
}

export const acknowledgeReferralAction = referralStep(
  "acknowledge",
  acknowledgeReferralSchema,
  msg("referrals.done.acknowledged"),
  (i) => ({ message: i.message || null }),
);
export const requestReferralInfoAction = referralStep(
  "requestInfo",
  requestInfoSchema,
  msg("referrals.done.questionSent"),
  (i) => ({ message: i.message }),
);
export const answerReferralInfoAction = referralStep(
  "answer",
  answerInfoSchema,
  msg("referrals.done.answerSent"),
  (i) => ({ message: i.message }),
);
export const forwardReferralAction = referralStep(
  "forward",
  forwardReferralSchema,
  msg("referrals.done.forwarded"),
  (i) => ({ centreId: i.centreId, message: `${FORWARD_HOW_LABEL[i.how]}.${i.message ? ` ${i.message}` : ""}` }),
);
export const closeReferralAction = referralStep("close", closeReferralSchema, msg("referrals.done.closed"), (i) => ({
  outcome: i.outcome,
}));
export const declineReferralAction = referralStep(
  "decline",
  declineReferralSchema,
  msg("referrals.done.declined"),
  (i) => ({ message: i.message }),
);
