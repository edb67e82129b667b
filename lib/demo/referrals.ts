/** Two referrals: one under review by the supervisor (Group 1), one just submitted (Group 3). */
import type { Prisma } from "../../generated/prisma/client";
import { addMinutes, idOf } from "./context";
import { studiesReason, WELLBEING_ACKNOWLEDGEMENT, wellbeingReason } from "./texts/referrals";
import { cast, type DemoWorld } from "./world";

type Contact = { id: string; at: Date };

export function referralRows(w: DemoWorld, from: { wellbeing: Contact; studies: Contact }) {
  const { referralMentee, educationalMentee } = cast(w.groups);
  const referrals: Prisma.ReferralCreateManyInput[] = [];
  const referralEvents: Prisma.ReferralEventCreateManyInput[] = [];
  const event = (row: Omit<Prisma.ReferralEventCreateManyInput, "id">) =>
    referralEvents.push({ id: idOf("rev", referralEvents.length + 1), ...row });

  const r1At = addMinutes(from.wellbeing.at, 70);
  const r1Ack = addMinutes(r1At, 60 * 19 + 20);
  referrals.push({
    id: idOf("ref", 1),
    cohortId: w.cohortId,
    pairId: w.pairIds[0],
    menteeId: w.mid(referralMentee),
    referredById: w.clinicalIds[0],
    contactLogId: from.wellbeing.id,
    category: "PSYCHOLOGICAL",
    urgency: "SOON",
    reason: wellbeingReason(referralMentee.first),
    menteeInformed: true,
    menteeConsented: true,
    status: "ACKNOWLEDGED",
    createdAt: r1At,
    acknowledgedAt: r1Ack,
    updatedAt: r1Ack,
  });
  event({
    referralId: idOf("ref", 1),
    actorId: w.people.clinical[0].id,
    fromStatus: null,
    toStatus: "SUBMITTED",
    createdAt: r1At,
  });
  event({
    referralId: idOf("ref", 1),
    actorId: w.people.supervisor.id,
    fromStatus: "SUBMITTED",
    toStatus: "ACKNOWLEDGED",
    message: WELLBEING_ACKNOWLEDGEMENT,
    createdAt: r1Ack,
  });

  const r2At = addMinutes(from.studies.at, 95);
  referrals.push({
    id: idOf("ref", 2),
    cohortId: w.cohortId,
    pairId: w.pairIds[2],
    menteeId: w.mid(educationalMentee),
    referredById: w.preclinicalIds[2],
    contactLogId: from.studies.id,
    category: "EDUCATIONAL",
    urgency: "ROUTINE",
    reason: studiesReason(educationalMentee.first),
    menteeInformed: true,
    menteeConsented: true,
    status: "SUBMITTED",
    createdAt: r2At,
    updatedAt: r2At,
  });
  event({
    referralId: idOf("ref", 2),
    actorId: w.people.preclinical[2].id,
    fromStatus: null,
    toStatus: "SUBMITTED",
    createdAt: r2At,
  });
  return { referrals, referralEvents };
}
