import { z } from "zod";
import { MAX_CONTACT_MINUTES } from "./rules";

export const CONTACT_CHANNELS = ["PHONE", "MESSAGE", "EMAIL", "VIDEO", "FACE_TO_FACE"] as const;
export const CONTACT_TOPICS = [
  "STUDY_METHODS_EXAMS",
  "ADAPTATION_DORMITORY",
  "STRESS_WELLBEING",
  "PROFESSIONAL_IDENTITY_ETHICS",
  "BASIC_SCIENCE_RELEVANCE",
  "CAREER",
  "OTHER",
] as const;
export type ContactTopicValue = (typeof CONTACT_TOPICS)[number];

export const TOPIC_LABEL: Record<ContactTopicValue, string> = {
  STUDY_METHODS_EXAMS: "Study methods and exams",
  ADAPTATION_DORMITORY: "Adaptation and dormitory life",
  STRESS_WELLBEING: "Stress and wellbeing",
  PROFESSIONAL_IDENTITY_ETHICS: "Professional identity and ethics",
  BASIC_SCIENCE_RELEVANCE: "Why basic science matters",
  CAREER: "Career",
  OTHER: "Other",
};

/** "Everyone, one contact each" (Called all 6) and "the whole group at once" (a group meeting). */
export const TARGET_EACH = "EACH";
export const TARGET_GROUP = "GROUP";

const optionalInt = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
  z
    .number({ message: "Enter the minutes as a number." })
    .int("Enter whole minutes.")
    .min(1, `Enter between 1 and ${MAX_CONTACT_MINUTES} minutes.`)
    .max(MAX_CONTACT_MINUTES, `Enter between 1 and ${MAX_CONTACT_MINUTES} minutes.`)
    .nullable(),
);

const asArray = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

/** Log a contact: shared by the form (/mentor/contacts/new) and logContactAction. */
export const logContactSchema = z.object({
  pairId: z.string().min(1),
  target: z.string().min(1, "Choose a mentee or the whole group."),
  channel: z.enum(CONTACT_CHANNELS, { message: "Choose how you were in contact." }),
  outcome: z.enum(["COMPLETED", "NO_ANSWER"]).default("COMPLETED"),
  occurredAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter the date and time of the contact."),
  minutes: optionalInt,
  topics: z.preprocess(asArray, z.array(z.enum(CONTACT_TOPICS, { message: "Choose topics from the list." })).max(7)),
  note: z
    .string()
    .trim()
    .max(2000, "Keep the note under 2,000 characters.")
    .optional()
    .transform((v) => (v ? v : null)),
  followUpOn: z
    .union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date.")])
    .optional()
    .transform((v) => (v ? v : null)),
  needsReferral: z
    .union([z.literal("on"), z.literal("true"), z.boolean()])
    .optional()
    .transform((v) => v === "on" || v === "true" || v === true),
});
export type LogContactInput = z.input<typeof logContactSchema>;

/** Filters of the compliance views (search params). */
export const complianceFilterSchema = z.object({
  pair: z.string().optional().catch(undefined),
  phase: z.enum(["CLINICAL", "PRECLINICAL"]).optional().catch(undefined),
});
