import { DEFAULT_WEIGHTS, MAX_WEIGHT, type MatchWeights } from "@/lib/pairing/rules/grouping";

/** The weights of "suggest groups": field name (its label is pairing.draw.weight.<name>) and default (lib/pairing/rules/grouping.ts). */
export const WEIGHT_FIELDS: {
  name: "weightLanguage" | "weightInternational" | "weightDormitory";
  criterion: keyof MatchWeights;
}[] = [
  { name: "weightLanguage", criterion: "language" },
  { name: "weightInternational", criterion: "international" },
  { name: "weightDormitory", criterion: "dormitory" },
];

export { DEFAULT_WEIGHTS, MAX_WEIGHT };
