import { z } from "zod";

/** The longest contact (minutes); the rules check it too. */
export const MAX_CONTACT_MINUTES = 480;

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

/** "Everyone, one contact each" (Called all 6) and "the whole group at once" (a group meeting). */
export const TARGET_EACH = "EACH";
export const TARGET_GROUP = "GROUP";

const optionalInt = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
  z
    .number({ message: "contacts.errors.minutesNumber" })
    .int("contacts.errors.minutesWhole")
    .min(1, "contacts.errors.minutesRange")
    .max(MAX_CONTACT_MINUTES, "contacts.errors.minutesRange")
    .nullable(),
);

const asArray = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

/**
 * Log a contact: shared by the form (/mentor/contacts/new) and logContactAction. Every message is
 * a catalog key (messages/<locale>/contacts.json), missing fields included: a person never reads
 * zod's own words.
 */
export const logContactSchema = z.object({
  pairId: z.string({ message: "contacts.errors.pair" }).min(1, "contacts.errors.pair"),
  target: z.string({ message: "contacts.errors.target" }).min(1, "contacts.errors.target"),
  channel: z.enum(CONTACT_CHANNELS, { message: "contacts.errors.channel" }),
  outcome: z.enum(["COMPLETED", "NO_ANSWER"], { message: "contacts.errors.outcome" }).default("COMPLETED"),
  occurredAt: z
    .string({ message: "contacts.errors.occurredAt" })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "contacts.errors.occurredAt"),
  minutes: optionalInt,
  topics: z.preprocess(
    asArray,
    z.array(z.enum(CONTACT_TOPICS, { message: "contacts.errors.topics" })).max(7, "contacts.errors.topics"),
  ),
  note: z
    .string()
    .trim()
    .max(2000, "contacts.errors.noteTooLong")
    .optional()
    .transform((v) => (v ? v : null)),
  followUpOn: z
    .union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "contacts.errors.date")])
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
  /** the page of pairs (12 a page) */
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
