import { z } from "zod";
import { newPasswordField } from "../auth/schemas";
import { MAX_CHUNK_ROWS, MAX_IMPORT_ROWS } from "./rules";

const id = z.string().trim().min(1).max(64);

/** Add one person by hand: the same checks as a CSV row (lib/people/rules.ts checkRow). */
export const addPersonSchema = z.object({
  cohortId: id,
  name: z.string().default(""),
  email: z.string().default(""),
  role: z.enum(["mentee", "mentor"], { message: "roster.errors.role" }),
  phase: z.string().default(""),
  year: z.string().default(""),
  gender: z.string().default(""),
  international: z.string().default(""),
  dormitory: z.string().default(""),
  languages: z.string().default(""),
  motivation: z.string().default(""),
  availability: z.string().default(""),
  studentNumber: z.string().max(100).default(""),
});

const rawRow = z.record(z.string(), z.string().max(4000).optional());

/**
 * A CSV import, one chunk: rows as parsed and mapped in the browser (papaparse,
 * lib/people/mapping.ts), checked again on the server.
 */
export const importRowsSchema = z.object({
  cohortId: id,
  rows: z
    .array(rawRow)
    .min(1, "roster.errors.noRows")
    .max(MAX_CHUNK_ROWS, `Send at most ${MAX_CHUNK_ROWS} rows at a time.`),
  /** where the chunk starts in the file (line numbers in messages stay the file's) */
  offset: z
    .number()
    .int()
    .min(0)
    .max(MAX_IMPORT_ROWS - 1)
    .default(0),
});

export const acceptInvitationSchema = z
  .object({
    token: z.string().trim().min(20).max(200),
    password: newPasswordField,
    confirm: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.confirm)
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "roster.errors.passwordsDiffer" });
  });
