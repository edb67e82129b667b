import type { SetupField } from "@/components/cohorts/setup-form";

/** A hidden input of a setup form (the record the form acts on). */
export const hidden = (name: string, value: string): SetupField => ({
  name,
  label: "",
  type: "hidden",
  defaultValue: value,
});

/** "Choose a group" / "No group", then every group with its size, except `exceptPairId`. */
export function groupOptions(
  groups: readonly { id: string; label: string; mentees: readonly unknown[] }[],
  groupSize: number,
  exceptPairId?: string,
) {
  return [
    { value: "", label: exceptPairId ? "No group" : "Choose a group" },
    ...groups
      .filter((g) => g.id !== exceptPairId)
      .map((g) => ({ value: g.id, label: `${g.label} (${g.mentees.length}/${groupSize})` })),
  ];
}

/** Moving or placing one mentee: the target group and the per-mentor-limit confirmation. */
export function moveFields(
  menteeId: string,
  idPrefix: string,
  label: string,
  options: { value: string; label: string }[],
): SetupField[] {
  return [
    hidden("menteeId", menteeId),
    { name: "pairId", id: `${idPrefix}-${menteeId}`, label, type: "select", options },
    {
      name: "confirmOverLimit",
      id: `${idPrefix}-over-${menteeId}`,
      label: "Allow more than the per-mentor limit",
      type: "checkbox",
    },
  ];
}
