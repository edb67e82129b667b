import { z } from "zod";

const id = z.string().min(1).max(64);

export const adjustHoursSchema = z.object({
  membershipId: id,
  minutes: z.coerce
    .number("recognition.errors.minutes")
    .int("recognition.errors.minutes")
    .min(-6000, "recognition.errors.minutes")
    .max(6000, "recognition.errors.minutes")
    .refine((n) => n !== 0, "recognition.errors.minutes"),
  reason: z.string().trim().min(3, "recognition.errors.reason").max(500, "recognition.errors.reason"),
});

export const approveHoursSchema = z.object({ membershipId: id });

export const verifyCodeSchema = z.object({ code: z.string().max(40) });
