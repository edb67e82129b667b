import type { Formatter } from "../i18n/format";
import type { MsgValue } from "../i18n/msg";
import type { CadenceCohort, CadenceSummary } from "./rules";
import { localToDbDate } from "../time";

type T = (key: string, values?: Record<string, MsgValue>) => string;

/**
 * The cadence in words, for a mentor ("Calls every 10 days now; every 3 weeks from 2 Mar 2027."):
 * `t` is bound to the "contacts.cadence" namespace, `f` formats in the reader's language.
 * Whole weeks read as weeks.
 */
// i18n-keys: contacts.cadence.everyDays contacts.cadence.everyWeeks contacts.cadence.running contacts.cadence.steady contacts.cadence.paused contacts.cadence.pauseComing contacts.cadence.complete contacts.cadence.explain
export function cadenceEvery(t: T, days: number): string {
  return days % 7 === 0 ? t("everyWeeks", { weeks: days / 7 }) : t("everyDays", { days });
}

export function cadenceSentence(t: T, f: Formatter, s: CadenceSummary): string {
  const day = (d: string) => f.day(localToDbDate(d));
  if (s.kind === "complete") return t("complete");
  const now = cadenceEvery(t, s.nowDays);
  if (s.kind === "paused" && s.pause) return t("paused", { date: day(s.pause.endsOn), now });
  const main =
    s.endFrom && s.endDays !== s.nowDays
      ? t("running", { now, end: cadenceEvery(t, s.endDays), date: day(s.endFrom) })
      : t("steady", { now });
  return s.pause ? `${main} ${t("pauseComing", { from: day(s.pause.startsOn), to: day(s.pause.endsOn) })}` : main;
}

/** The one-line explanation behind "Why this rhythm?". */
export function cadenceExplanation(t: T, cohort: Pick<CadenceCohort, "firstIntervalDays" | "lastIntervalDays">) {
  return t("explain", {
    first: cadenceEvery(t, cohort.firstIntervalDays),
    last: cadenceEvery(t, cohort.lastIntervalDays),
  });
}
