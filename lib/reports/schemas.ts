import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The report's date range from the query string (bad values are ignored, not errors). */
export const reportRangeSchema = z.object({ from: day, to: day });

export const REPORT_TABLES = [
  "participation",
  "contacts-weekly",
  "compliance",
  "contacts-pairs",
  "meetings",
  "sessions",
  "surveys",
  "referrals",
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
export const reportTableSchema = z.enum(REPORT_TABLES);
