import { z } from "zod";

export const CHANNELS = ["PHONE", "EMAIL", "MESSAGE", "VIDEO", "FACE_TO_FACE"] as const;
// Labels: messages/<locale>/common.json, "channel".

/**
 * Your contact details: the pattern form for every later action (schema shared by form and action).
 * Messages are catalog keys (messages/<locale>/settings.json), translated by the pipeline for the
 * caller; {maximum} comes from the issue.
 */
export const updateProfileSchema = z
  .object({
    phone: z
      .string()
      .trim()
      .max(30, "settings.errors.phoneTooLong")
      .refine((v) => v === "" || /^\+?[0-9][0-9 ()\-]{5,}$/.test(v), {
        message: "settings.errors.phoneDigits",
      }),
    preferredChannel: z.enum([...CHANNELS, ""], { message: "settings.errors.channel" }),
  })
  .superRefine((v, ctx) => {
    if (v.preferredChannel === "PHONE" && v.phone === "") {
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message: "settings.errors.phoneNeeded",
      });
    }
  });

export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
