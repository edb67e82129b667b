import { z } from "zod";

/** One chunk of an exam-results file, as parsed in the browser (papaparse) and checked again here. */
export const examRowsSchema = z.object({
  rows: z
    .array(z.record(z.string().max(60), z.string().max(200).optional()))
    .min(1, "outcomes.problems.noRows")
    .max(500, "outcomes.problems.tooMany"),
  /** where the chunk starts in the file (line numbers stay the file's) */
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
