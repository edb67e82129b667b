/**
 * The survey templates a coordinator starts from (issue 13). Texts are catalog keys
 * (messages/<locale>/surveys.json, "templates"), written into the survey in the coordinator's
 * language when it is created; the coordinator edits them afterwards. Pure data.
 * i18n-keys: surveys.templates.*
 */
import type { AudienceValue, ItemKind } from "./rules";

export const TEMPLATE_IDS = ["korean", "semester", "instrument", "feedback"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateItem {
  kind: ItemKind;
  /** catalog key of the prompt, or (instrument) a key with {n} */
  prompt: string;
  n?: number;
  required?: boolean;
  audience?: AudienceValue;
  section?: string; // catalog key
  subscale?: string; // catalog key
  reverseKeyed?: boolean;
  /** catalog keys of the options */
  options?: string[];
}

export interface SurveyTemplate {
  id: TemplateId;
  /** default audience and whether each mentee answers about each of their mentors */
  audience: AudienceValue;
  aboutMentors: boolean;
  items: TemplateItem[];
}

const K = "surveys.templates.korean";
const S = "surveys.templates.semester";
const I = "surveys.templates.instrument";
const F = "surveys.templates.feedback";

export const TEMPLATES: Record<TemplateId, SurveyTemplate> = {
  // The Korean study's programme evaluation: three satisfaction items on 5-point Likert scales,
  // purpose of participation, the mentor's role, and three open questions.
  korean: {
    id: "korean",
    audience: "EVERYONE",
    aboutMentors: false,
    items: [
      { kind: "LIKERT_5", prompt: `${K}.appropriate`, section: `${K}.sectionSatisfaction` },
      { kind: "LIKERT_5", prompt: `${K}.otherParty`, section: `${K}.sectionSatisfaction` },
      { kind: "LIKERT_5", prompt: `${K}.programme`, section: `${K}.sectionSatisfaction` },
      {
        kind: "SINGLE_CHOICE",
        prompt: `${K}.purpose`,
        section: `${K}.sectionParticipation`,
        options: [
          `${K}.purposeHelp`,
          `${K}.purposeLearn`,
          `${K}.purposeRelations`,
          `${K}.purposeCareer`,
          `${K}.purposeOther`,
        ],
      },
      {
        kind: "MULTIPLE_CHOICE",
        prompt: `${K}.role`,
        section: `${K}.sectionParticipation`,
        required: false,
        options: [`${K}.roleStudy`, `${K}.roleAdaptation`, `${K}.roleEmotional`, `${K}.roleCareer`],
      },
      { kind: "TEXT", prompt: `${K}.benefits`, section: `${K}.sectionOpen`, required: false },
      { kind: "TEXT", prompt: `${K}.negative`, section: `${K}.sectionOpen`, required: false },
      { kind: "TEXT", prompt: `${K}.suggestions`, section: `${K}.sectionOpen`, required: false },
    ],
  },
  semester: {
    id: "semester",
    audience: "EVERYONE",
    aboutMentors: false,
    items: [
      { kind: "LIKERT_5", prompt: `${S}.useful` },
      { kind: "LIKERT_5", prompt: `${S}.contact` },
      { kind: "LIKERT_5", prompt: `${S}.continue` },
      { kind: "TEXT", prompt: `${S}.change`, required: false },
    ],
  },
  // A skeleton of a validated instrument (e.g. a 12-item mentorship-effectiveness scale): the
  // coordinator enters the licensed wording; subscales and reverse keying are set here.
  instrument: {
    id: "instrument",
    audience: "MENTEES",
    aboutMentors: false,
    items: Array.from({ length: 12 }, (_, i) => ({
      kind: "LIKERT_5" as const,
      prompt: `${I}.item`,
      n: i + 1,
      subscale: [`${I}.subscaleA`, `${I}.subscaleB`, `${I}.subscaleC`][Math.floor(i / 4)],
      reverseKeyed: i % 4 === 3,
    })),
  },
  feedback: {
    id: "feedback",
    audience: "MENTEES",
    aboutMentors: true,
    items: [
      { kind: "LIKERT_5", prompt: `${F}.availability` },
      { kind: "LIKERT_5", prompt: `${F}.helpfulness` },
      { kind: "LIKERT_5", prompt: `${F}.recommend` },
      { kind: "TEXT", prompt: `${F}.comment`, required: false },
    ],
  },
};

/** A template's items with their texts in one language (`t`: a translator's `t`). */
export function templateItems(template: SurveyTemplate, t: (key: string, values?: Record<string, number>) => string) {
  return template.items.map((i, index) => ({
    position: index + 1,
    kind: i.kind,
    prompt: t(i.prompt, i.n ? { n: i.n } : undefined),
    required: i.required ?? true,
    audience: i.audience ?? ("EVERYONE" as AudienceValue),
    section: i.section ? t(i.section) : null,
    subscale: i.subscale ? t(i.subscale) : null,
    reverseKeyed: i.reverseKeyed ?? false,
    options: (i.options ?? []).map((o) => t(o)),
  }));
}
