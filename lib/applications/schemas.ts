import { z } from "zod";
import { parseLanguages } from "./rules";

const id = z.string().trim().min(1, "Missing id.").max(64);
const year = z.coerce
  .number({ message: "Enter your year of study as a number." })
  .int("Enter your year of study as a whole number.")
  .min(1, "Your year of study is at least 1.")
  .max(8, "Your year of study is at most 8.");
const common = {
  cohortId: id,
  yearOfStudy: year,
  motivation: z
    .string()
    .trim()
    .min(20, "Tell the coordinators a little more (at least 20 characters).")
    .max(2000, "Keep your motivation under 2,000 characters."),
  availability: z
    .string()
    .trim()
    .min(3, "Say when you are usually available.")
    .max(300, "Keep your availability under 300 characters."),
  languages: z
    .string()
    .max(300, "Keep the languages under 300 characters.")
    .default("")
    .transform(parseLanguages)
    .refine((l) => l.length > 0, { message: "Name at least one language you speak." }),
};

export const PHASES = ["PRECLINICAL", "CLINICAL"] as const;
export const PHASE_LABEL = { PRECLINICAL: "Preclinical (years 2–3)", CLINICAL: "Clinical (years 4–6)" } as const;

export const applyMentorSchema = z.object({
  ...common,
  phase: z.enum(PHASES, { message: "Choose your phase." }),
});

export const applyMenteeSchema = z.object(common);

export const withdrawSchema = z.object({ membershipId: id });

export const acceptMenteeApplicantsSchema = z.object({ cohortId: id });
