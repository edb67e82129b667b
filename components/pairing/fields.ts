import type { SetupField } from "@/components/cohorts/setup-form";

/** A hidden input of a setup form (the record the form acts on). */
export const hidden = (name: string, value: string): SetupField => ({
  name,
  label: "",
  type: "hidden",
  defaultValue: value,
});

/**
 * Moving or placing a mentee: which mentee (of this group, or of this page of mentees without a
 * group), the target group typed by its label (resolved on the server within the cohort: no list
 * of every group on the page), and the per-mentor-limit confirmation.
 */
export function moveFields(
  idPrefix: string,
  mentees: readonly { id: string; name: string }[],
  menteeLabel: string,
  targetLabel: string,
): SetupField[] {
  return [
    {
      name: "menteeId",
      id: `${idPrefix}-mentee`,
      label: menteeLabel,
      type: "select",
      options: [{ value: "", label: "Choose a mentee" }, ...mentees.map((m) => ({ value: m.id, label: m.name }))],
    },
    { name: "target", id: `${idPrefix}-target`, label: targetLabel, hint: "Its label, e.g. “Group 12”." },
    {
      name: "confirmOverLimit",
      id: `${idPrefix}-over`,
      label: "Allow more than the per-mentor limit",
      type: "checkbox",
    },
  ];
}
