import { describe, expect, it } from "vitest";
import { cadenceExplanation, cadenceSentence } from "@/lib/contacts/cadence-words";
import { cadenceSummary, contactCadence, type CadenceCohort, type PausedPeriodDays } from "@/lib/contacts/rules";
import { formatter } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import { zonedToUtc } from "@/lib/time";

// 1 Sep 2026 - 30 Jun 2027: weekly at the start, every 3 weeks at the end; a winter break.
const cohort: CadenceCohort = {
  startsOn: "2026-09-01",
  endsOn: "2027-06-30",
  timeZone: "Europe/Berlin",
  firstIntervalDays: 7,
  lastIntervalDays: 21,
};
const winter: PausedPeriodDays[] = [{ startsOn: "2026-12-21", endsOn: "2027-01-06" }];

function sentence(today: string, lastContact: string | null, paused: PausedPeriodDays[] = [], locale: Locale = "en") {
  const now = zonedToUtc(`${today}T12:00`, cohort.timeZone);
  const cadence = contactCadence({ cohort, paused, lastContactAt: lastContact, now });
  const summary = cadenceSummary({ cohort, paused, cadence, now });
  const tr = translator(locale, cohort.timeZone);
  const words = cadenceSentence(
    (k, v) => tr.t(`contacts.cadence.${k}`, v),
    formatter(locale, cohort.timeZone),
    summary,
  );
  return { summary, words };
}

describe("the cadence, told to a mentor", () => {
  it("at the start: weekly now, and the day the end interval starts", () => {
    const { summary, words } = sentence("2026-09-03", null);
    expect(summary).toMatchObject({ kind: "running", nowDays: 7, endDays: 21, pause: null });
    expect(summary.endFrom).toMatch(/^2027-06-/);
    expect(words).toBe(
      `Calls every week now; every 3 weeks from ${formatter("en", "UTC").day(new Date(`${summary.endFrom}T00:00:00Z`))}.`,
    );
  });

  it("in the middle: the interval in force after the last contact, still tapering", () => {
    const { summary, words } = sentence("2027-02-10", "2027-02-08");
    expect(summary.kind).toBe("running");
    expect(summary.nowDays).toBeGreaterThan(7);
    expect(summary.nowDays).toBeLessThan(21);
    expect(words).toBe("Calls every 2 weeks now; every 3 weeks from 20 Jun 2027.");
    expect(summary.nowDays).toBe(14);
  });

  it("at the end: nothing more is expected", () => {
    const { summary, words } = sentence("2027-06-20", "2027-06-18");
    expect(summary.kind).toBe("complete");
    expect(words).toBe("No more contacts are expected before the programme ends.");
  });

  it("in a paused period: paused until its last day, then the interval", () => {
    const { summary, words } = sentence("2026-12-28", "2026-12-15", winter);
    expect(summary).toMatchObject({ kind: "paused", pause: winter[0] });
    expect(words).toMatch(/^Paused until 6 Jan 2027: no contact expected\. Then calls every \d+ days\.$/);
  });

  it("before a pause: says when no contact is expected", () => {
    const { words } = sentence("2026-12-10", "2026-12-08", winter);
    expect(words).toMatch(/ No contact expected 21 Dec 2026 – 6 Jan 2027\.$/);
  });

  it("is written in Persian and Korean too (Persian digits, Solar Hijri dates)", () => {
    expect(sentence("2026-09-03", null, [], "fa").words).toMatch(/^اکنون تماس هر هفته؛ از .*۱۴۰۶.* هر ۳ هفته\.$/);
    expect(sentence("2026-09-03", null, [], "ko").words).toMatch(/^지금은 매주 연락, 2027년 6월 20일부터는 3주마다\.$/);
  });

  it("explains the rhythm in one line", () => {
    const tr = translator("en");
    expect(cadenceExplanation((k, v) => tr.t(`contacts.cadence.${k}`, v), cohort)).toMatch(
      /^The programme asks for a contact every week at the start, spacing out to every 3 weeks by the end\./,
    );
  });
});
