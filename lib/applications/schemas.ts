import { z } from "zod";
import { parseLanguages } from "./rules";

const id = z.string().trim().min(1, "Missing id.").max(64);
const year = z.coerce
  .number({ message: "apply.errors.yearNumber" })
  .int("apply.errors.yearWhole")
  .min(1, "apply.errors.yearMin")
  .max(8, "apply.errors.yearMax");
const common = {
  cohortId: id,
  yearOfStudy: year,
  motivation: z.string().trim().min(20, "apply.errors.motivationShort").max(2000, "apply.errors.motivationLong"),
  availability: z.string().trim().min(3, "apply.errors.availabilityShort").max(300, "apply.errors.availabilityLong"),
  languages: z
    .string()
    .max(300, "apply.errors.languagesLong")
    .default("")
    .transform(parseLanguages)
    .refine((l) => l.length > 0, { message: "apply.errors.languagesNone" }),
};

export const PHASES = ["PRECLINICAL", "CLINICAL"] as const;
export const PHASE_LABEL = { PRECLINICAL: "Preclinical (years 2–3)", CLINICAL: "Clinical (years 4–6)" } as const;

export const applyMentorSchema = z.object({
  ...common,
  phase: z.enum(PHASES, { message: "apply.errors.phase" }),
});

export const applyMenteeSchema = z.object(common);

export const withdrawSchema = z.object({ membershipId: id });

export const acceptMenteeApplicantsSchema = z.object({ cohortId: id });
