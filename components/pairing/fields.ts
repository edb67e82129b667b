import type { SetupField } from "@/components/cohorts/setup-form";

/** A hidden input of a setup form (the record the form acts on). */
export const hidden = (name: string, value: string): SetupField => ({
  name,
  label: "",
  type: "hidden",
  defaultValue: value,
});

/** The words of a move or place form, from the pairing catalog (pairing.move, pairing.group, pairing.unassigned). */
export interface MoveWords {
  mentee: string;
  target: string;
  choose: string;
  targetHint: string;
  overLimit: string;
}

/**
 * Moving or placing a mentee: which mentee (of this group, or of this page of mentees without a
 * group), the target group typed by its label (resolved on the server within the cohort: no list
 * of every group on the page), and the per-mentor-limit confirmation.
 */
export function moveFields(
  idPrefix: string,
  mentees: readonly { id: string; name: string }[],
  words: MoveWords,
): SetupField[] {
  return [
    {
      name: "menteeId",
      id: `${idPrefix}-mentee`,
      label: words.mentee,
      type: "select",
      options: [{ value: "", label: words.choose }, ...mentees.map((m) => ({ value: m.id, label: m.name }))],
    },
    { name: "target", id: `${idPrefix}-target`, label: words.target, hint: words.targetHint },
    { name: "confirmOverLimit", id: `${idPrefix}-over`, label: words.overLimit, type: "checkbox" },
  ];
}
