import { z } from "zod";

const id = z.string().trim().min(1).max(64);

export const requestErasureSchema = z.object({
  membershipId: id,
  kind: z.enum(["ANONYMISE", "DELETE"], { message: "dataRights.request.kindInvalid" }),
  reason: z.string().trim().min(5, "dataRights.request.reasonShort").max(300, "dataRights.request.reasonLong"),
});

export const decideErasureSchema = z.object({
  requestId: id,
  decision: z.enum(["confirm", "decline"], { message: "dataRights.decide.invalid" }),
});

export const retentionSchema = z.object({
  years: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 50), {
      message: "dataRights.retention.invalid",
    }),
});
