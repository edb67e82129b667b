import { z } from "zod";

const id = z.string().trim().min(1).max(64);

export const requestErasureSchema = z.object({
  membershipId: id,
  kind: z.enum(["ANONYMISE", "DELETE"], { message: "Choose anonymise or delete." }),
  reason: z
    .string()
    .trim()
    .min(5, "Say on what basis, e.g. “the student asked on 3 March”.")
    .max(300, "Keep the reason under 300 characters (no health details)."),
});

export const decideErasureSchema = z.object({
  requestId: id,
  decision: z.enum(["confirm", "decline"], { message: "Confirm or decline." }),
});

export const retentionSchema = z.object({
  years: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 50), {
      message: "Enter a whole number of years from 1 to 50, or leave it empty to keep data until someone asks.",
    }),
});
