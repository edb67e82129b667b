import { z } from "zod";
import { AUDIENCES, MARKS, SESSION_KINDS } from "./rules";

// i18n-keys: sessions.errors.*
/** Zod messages are catalog keys (messages/<locale>/sessions.json), translated by the pipeline. */
const E = (k: string) => `sessions.errors.${k}`;

const asArray = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const id = z.string().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, E("date"));
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, E("time"));
const optionalText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, E(key))
    .optional()
    .transform((v) => (v ? v : null));
const capacity = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
  z
    .number({ message: E("capacity") })
    .int(E("capacity"))
    .min(1, E("capacity"))
    .max(2000, E("capacity"))
    .nullable(),
);

/** What every session has, one or a weekly series (components/sessions/session-fields.tsx). */
const sessionCommon = {
  title: z.string().trim().min(3, E("title")).max(140, E("title")),
  description: optionalText(2000, "description"),
  startTime: time,
  endTime: time,
  place: z.string().trim().min(2, E("place")).max(300, E("place")),
};

/** What a session says about itself: shared by creating one and editing one. */
const sessionFields = {
  ...sessionCommon,
  date: day,
  audience: z.enum(AUDIENCES, { message: E("audience") }),
  capacity,
  speakerId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  speakerName: optionalText(120, "speakerName"),
  trainingModules: z.preprocess(asArray, z.array(z.string().max(120)).max(20)),
};

/** The speaker choice that adds a new role model in the same form (name and email below it). */
export const NEW_SPEAKER = "new";

export const createSessionSchema = z.object({
  kind: z.enum(SESSION_KINDS, { message: E("kind") }),
  ...sessionFields,
  newSpeakerName: optionalText(120, "newSpeakerName"),
  newSpeakerEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, E("newSpeakerEmail"))
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.email(E("newSpeakerEmail")).nullable()),
});
export type CreateSessionInput = z.output<typeof createSessionSchema>;

export const updateSessionSchema = z.object({ sessionId: id, ...sessionFields });

export const cancelSessionSchema = z.object({ sessionId: id });

/** A weekly inter-mentor series over a date range. */
export const createSeriesSchema = z.object({ ...sessionCommon, firstDay: day, lastDay: day });

export const rsvpSchema = z.object({ sessionId: id, going: z.enum(["yes", "no"]) });

export const markAttendanceSchema = z.object({
  sessionId: id,
  membershipId: id,
  mark: z.enum(MARKS, { message: E("mark") }),
});

export const minutesSchema = z.object({
  sessionId: id,
  minutes: z.string().trim().min(10, E("minutes")).max(8000, E("minutes")),
  namedMenteeId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  namedNote: optionalText(4000, "namedNote"),
});

export const feedbackSchema = z.object({
  sessionId: id,
  rating: z.preprocess(
    (v) => (typeof v === "string" && v !== "" ? Number(v) : v),
    z
      .number({ message: E("rating") })
      .int(E("rating"))
      .min(1, E("rating"))
      .max(5, E("rating")),
  ),
  comment: optionalText(1000, "comment"),
});
