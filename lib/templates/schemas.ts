import { z } from "zod";
import { unknownPlaceholders } from "./rules";

export const TEMPLATE_CATEGORIES = [
  "STUDY_METHODS",
  "EXAM_PREPARATION",
  "ADAPTATION",
  "WELLBEING",
  "PROFESSIONALISM",
  "BASIC_SCIENCE_RELEVANCE",
] as const;
export type TemplateCategoryValue = (typeof TEMPLATE_CATEGORIES)[number];

export const CATEGORY_LABEL: Record<TemplateCategoryValue, string> = {
  STUDY_METHODS: "Study methods",
  EXAM_PREPARATION: "Exam preparation",
  ADAPTATION: "Adaptation",
  WELLBEING: "Wellbeing",
  PROFESSIONALISM: "Professionalism",
  BASIC_SCIENCE_RELEVANCE: "Clinical relevance of basic science",
};

/** A contact topic for each category: a send counts as an email contact on that topic. */
export const CATEGORY_TOPIC: Record<TemplateCategoryValue, string> = {
  STUDY_METHODS: "STUDY_METHODS_EXAMS",
  EXAM_PREPARATION: "STUDY_METHODS_EXAMS",
  ADAPTATION: "ADAPTATION_DORMITORY",
  WELLBEING: "STRESS_WELLBEING",
  PROFESSIONALISM: "PROFESSIONAL_IDENTITY_ETHICS",
  BASIC_SCIENCE_RELEVANCE: "BASIC_SCIENCE_RELEVANCE",
};

const placeholderCheck = (v: string) => unknownPlaceholders(v).length === 0;
const placeholderMessage = "mailTemplates.errors.placeholders";

/** A new template (coordinator's library or a mentor's own). */
export const templateSchema = z.object({
  category: z.enum(TEMPLATE_CATEGORIES, { message: "mailTemplates.errors.category" }),
  title: z.string().trim().min(3, "mailTemplates.errors.titleShort").max(120, "mailTemplates.errors.titleLong"),
  subject: z
    .string()
    .trim()
    .min(3, "mailTemplates.errors.subjectShort")
    .max(160, "mailTemplates.errors.subjectLong")
    .refine(placeholderCheck, placeholderMessage),
  body: z
    .string()
    .trim()
    .min(20, "mailTemplates.errors.bodyShort")
    .max(8000, "mailTemplates.errors.bodyLong")
    .refine(placeholderCheck, placeholderMessage),
});
export type TemplateInput = z.input<typeof templateSchema>;

/** Send a template to one mentee of the sender's group, or to all of it ("EACH"). */
export const sendTemplateSchema = z.object({
  templateId: z.string().min(1, "mailTemplates.errors.template"),
  target: z.string().min(1, "mailTemplates.errors.target"),
  nextMeeting: z.string().trim().max(120, "mailTemplates.errors.nextMeetingLong").default(""),
});
export type SendTemplateInput = z.input<typeof sendTemplateSchema>;

export const archiveTemplateSchema = z.object({ templateId: z.string().min(1) });
export { TARGET_EACH } from "../contacts/schemas";
