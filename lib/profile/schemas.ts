import { z } from "zod";

export const CHANNELS = ["PHONE", "EMAIL", "MESSAGE", "VIDEO", "FACE_TO_FACE"] as const;
export const CHANNEL_LABEL: Record<(typeof CHANNELS)[number], string> = {
  PHONE: "Phone call",
  EMAIL: "Email",
  MESSAGE: "Text message",
  VIDEO: "Video call",
  FACE_TO_FACE: "Face to face",
};

/** Your contact details: the pattern form for every later action (schema shared by form and action). */
export const updateProfileSchema = z
  .object({
    phone: z
      .string()
      .trim()
      .max(30, "Keep the phone number under 30 characters.")
      .refine((v) => v === "" || /^\+?[0-9][0-9 ()\-]{5,}$/.test(v), {
        message: "Enter a phone number with digits only, e.g. +49 30 1234 5678.",
      }),
    preferredChannel: z.enum([...CHANNELS, ""], { message: "Choose one of the listed ways." }),
  })
  .superRefine((v, ctx) => {
    if (v.preferredChannel === "PHONE" && v.phone === "") {
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message: "Add a phone number, or choose another preferred way of contact.",
      });
    }
  });

export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
