import { LOCALE_INFO, LOCALES } from "@/lib/i18n/config";
import type { SetupField } from "./setup-form";

/** A translator for whole keys (`await getTranslations()` in the page). */
type Tr = (key: string) => string;

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
  defaultLocale?: string | null;
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
export function settingsFields(v: SettingsValues, tr: Tr): SetupField[] {
  const zones = TIME_ZONES.includes(v.timeZone) ? TIME_ZONES : [v.timeZone, ...TIME_ZONES];
  return [
    { name: "name", label: tr("cohorts.settings.name"), defaultValue: v.name },
    {
      name: "academicYear",
      label: tr("cohorts.settings.academicYear"),
      defaultValue: v.academicYear,
      hint: tr("cohorts.settings.academicYearHint"),
    },
    { name: "startsOn", label: tr("cohorts.settings.startsOn"), type: "date", defaultValue: v.startsOn },
    { name: "endsOn", label: tr("cohorts.settings.endsOn"), type: "date", defaultValue: v.endsOn },
    {
      name: "timeZone",
      label: tr("cohorts.settings.timeZone"),
      type: "select",
      defaultValue: v.timeZone,
      options: zones.map((z) => ({ value: z, label: z })),
      hint: tr("cohorts.settings.timeZoneHint"),
    },
    {
      name: "defaultLocale",
      label: tr("cohorts.settings.defaultLocale"),
      type: "select",
      defaultValue: v.defaultLocale ?? "",
      options: [
        { value: "", label: tr("cohorts.settings.defaultLocaleNone") },
        ...LOCALES.map((l) => ({ value: l, label: LOCALE_INFO[l].name })),
      ],
      hint: tr("cohorts.settings.defaultLocaleHint"),
    },
    {
      name: "groupSize",
      label: tr("cohorts.settings.groupSize"),
      type: "number",
      defaultValue: String(v.groupSize),
      min: 1,
      max: 50,
    },
    {
      name: "maxMenteesPerMentor",
      label: tr("cohorts.settings.maxMenteesPerMentor"),
      type: "number",
      defaultValue: String(v.maxMenteesPerMentor),
      min: 1,
      max: 100,
      hint: tr("cohorts.settings.maxMenteesPerMentorHint"),
    },
    {
      name: "firstIntervalDays",
      label: tr("cohorts.settings.firstIntervalDays"),
      type: "number",
      defaultValue: String(v.firstIntervalDays),
      min: 1,
      max: 90,
    },
    {
      name: "lastIntervalDays",
      label: tr("cohorts.settings.lastIntervalDays"),
      type: "number",
      defaultValue: String(v.lastIntervalDays),
      min: 1,
      max: 90,
    },
    {
      name: "pausedPeriods",
      label: tr("cohorts.settings.pausedPeriods"),
      type: "textarea",
      optional: true,
      defaultValue: v.pausedText,
      hint: tr("cohorts.settings.pausedPeriodsHint"),
    },
    {
      name: "trainingModules",
      label: tr("cohorts.settings.trainingModules"),
      type: "textarea",
      defaultValue: v.trainingModules.join("\n"),
      hint: tr("cohorts.settings.onePerLine"),
    },
    {
      name: "waiveTraining",
      label: tr("cohorts.settings.waiveTraining"),
      type: "checkbox",
      defaultValue: v.trainingRequired ? "" : "on",
      hint: tr("cohorts.settings.waiveTrainingHint"),
    },
    {
      name: "selectionCriteria",
      label: tr("cohorts.settings.selectionCriteria"),
      type: "textarea",
      optional: true,
      defaultValue: v.selectionCriteria.join("\n"),
      hint: tr("cohorts.settings.selectionCriteriaHint"),
    },
    {
      name: "applicationsOpen",
      label: tr("cohorts.settings.applicationsOpen"),
      type: "checkbox",
      defaultValue: v.applicationsOpen ? "on" : "",
      hint: tr("cohorts.settings.applicationsOpenHint"),
    },
    {
      name: "agreementText",
      label: tr("cohorts.settings.agreementText"),
      type: "textarea",
      optional: true,
      rows: 6,
      defaultValue: v.agreementText,
      hint: tr("cohorts.settings.agreementTextHint"),
    },
  ];
}
