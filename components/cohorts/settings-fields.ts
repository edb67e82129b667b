import type { SetupField } from "./setup-form";

export interface SettingsValues {
  name: string;
  academicYear: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  groupSize: number;
  maxMenteesPerMentor: number;
  firstIntervalDays: number;
  lastIntervalDays: number;
  pausedText: string;
  trainingModules: string[];
  selectionCriteria: string[];
  agreementText: string;
  trainingRequired: boolean;
  applicationsOpen?: boolean;
}

export const TIME_ZONES = [
  "Europe/Berlin",
  "Europe/London",
  "Europe/Istanbul",
  "Asia/Tehran",
  "Asia/Seoul",
  "America/New_York",
  "UTC",
];

/** The fields of the cohort settings form (create and edit). */
export function settingsFields(v: SettingsValues): SetupField[] {
  const zones = TIME_ZONES.includes(v.timeZone) ? TIME_ZONES : [v.timeZone, ...TIME_ZONES];
  return [
    { name: "name", label: "Cohort name", defaultValue: v.name },
    { name: "academicYear", label: "Academic year", defaultValue: v.academicYear, hint: "For example 2027-2028." },
    { name: "startsOn", label: "Starts on", type: "date", defaultValue: v.startsOn },
    { name: "endsOn", label: "Ends on", type: "date", defaultValue: v.endsOn },
    {
      name: "timeZone",
      label: "Time zone",
      type: "select",
      defaultValue: v.timeZone,
      options: zones.map((z) => ({ value: z, label: z })),
      hint: "Days and times are shown in this zone.",
    },
    {
      name: "groupSize",
      label: "Mentees per group",
      type: "number",
      defaultValue: String(v.groupSize),
      min: 1,
      max: 50,
    },
    {
      name: "maxMenteesPerMentor",
      label: "Most mentees per mentor",
      type: "number",
      defaultValue: String(v.maxMenteesPerMentor),
      min: 1,
      max: 100,
      hint: "You are warned before a mentor gets more.",
    },
    {
      name: "firstIntervalDays",
      label: "Calls every … days at the start",
      type: "number",
      defaultValue: String(v.firstIntervalDays),
      min: 1,
      max: 90,
    },
    {
      name: "lastIntervalDays",
      label: "Calls every … days by the end",
      type: "number",
      defaultValue: String(v.lastIntervalDays),
      min: 1,
      max: 90,
    },
    {
      name: "pausedPeriods",
      label: "Paused periods (exam blocks, holidays)",
      type: "textarea",
      optional: true,
      defaultValue: v.pausedText,
      hint: "One per line: label, first day, last day, e.g. Exam block, 2028-01-17, 2028-01-28.",
    },
    {
      name: "trainingModules",
      label: "Mentor training modules",
      type: "textarea",
      defaultValue: v.trainingModules.join("\n"),
      hint: "One per line.",
    },
    {
      name: "waiveTraining",
      label: "Waive the training gate (mentors may get mentees before finishing training)",
      type: "checkbox",
      defaultValue: v.trainingRequired ? "" : "on",
      hint: "Recorded in the audit trail.",
    },
    {
      name: "selectionCriteria",
      label: "Mentor selection criteria",
      type: "textarea",
      optional: true,
      defaultValue: v.selectionCriteria.join("\n"),
      hint: "One per line; shown when you decide on applications.",
    },
    {
      name: "applicationsOpen",
      label: "Open applications (students may apply to mentor or to be mentored at /apply)",
      type: "checkbox",
      defaultValue: v.applicationsOpen ? "on" : "",
      hint: "Applicants appear as mentor applicants and mentee applicants.",
    },
    {
      name: "agreementText",
      label: "Mentoring agreement",
      type: "textarea",
      optional: true,
      rows: 6,
      defaultValue: v.agreementText,
      hint: "Mentors and mentees acknowledge it after groups are published. Empty: the standard text.",
    },
  ];
}
