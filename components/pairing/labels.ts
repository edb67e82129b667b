import { DEFAULT_WEIGHTS, MAX_WEIGHT, type MatchWeights } from "@/lib/pairing/rules/grouping";

/** A mentee's gender in a list of names: one letter. */
export const GENDER_SHORT: Record<string, string> = { FEMALE: "F", MALE: "M", OTHER: "O", UNDISCLOSED: "–" };

/** The weights of "suggest groups": field name, label and default (lib/pairing/rules/grouping.ts). */
export const WEIGHT_FIELDS: { name: string; label: string; criterion: keyof MatchWeights }[] = [
  { name: "weightLanguage", label: "Weight: shared language (international mentees)", criterion: "language" },
  {
    name: "weightInternational",
    label: "Weight: international mentor for international mentee",
    criterion: "international",
  },
  { name: "weightDormitory", label: "Weight: dormitory mentor for dormitory mentee", criterion: "dormitory" },
];

export { DEFAULT_WEIGHTS, MAX_WEIGHT };
