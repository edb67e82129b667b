/**
 * The results table as CSV rows (item | mentors mean ± SD (n) | mentees mean ± SD (n) | U | p | test
 * | effect), or for a survey about mentors split by the mentor's phase (item | clinical mentors |
 * preclinical mentors | …): numbers in plain digits with a dot, so any statistics package reads
 * them. Pure.
 * i18n-keys: surveys.csv.*
 */
import type { Translator } from "../i18n/translate";
import type { Cell, ItemResult } from "./data";

const fix = (n: number, d = 2) => n.toFixed(d);

function meanSd(c: Cell | undefined, tr: Translator): string {
  if (!c || c.suppressed || c.stats.mean === null) return tr.t("surveys.results.suppressed");
  const { mean, sd, n } = c.stats;
  return `${fix(mean)}${sd === null ? "" : ` ± ${fix(sd)}`} (${n})`;
}

export function tableRows(
  items: ItemResult[],
  tr: Translator,
  split: "role" | "phase" = "role",
): (string | number | null)[][] {
  const [a, b] = split === "role" ? (["MENTOR", "MENTEE"] as const) : (["CLINICAL", "PRECLINICAL"] as const);
  const header = [
    tr.t("surveys.csv.item"),
    split === "role" ? tr.t("surveys.csv.mentors") : tr.t("surveys.csv.clinical"),
    split === "role" ? tr.t("surveys.csv.mentees") : tr.t("surveys.csv.preclinical"),
    ...["u", "p", "method", "effect"].map((k) => tr.t(`surveys.csv.${k}`)),
  ];
  const rows = items
    .filter((i) => i.kind === "LIKERT_5")
    .map((i) => {
      const test = split === "role" ? i.test : i.phaseTest;
      return [
        i.prompt,
        meanSd(i.groups?.[a], tr),
        meanSd(i.groups?.[b], tr),
        test?.ok ? test.u : null,
        test?.ok ? (test.p < 0.001 ? "<0.001" : fix(test.p, 3)) : null,
        !test
          ? tr.t("surveys.results.testNone")
          : !test.ok
            ? test.reason === "all_equal"
              ? tr.t("surveys.results.testAllEqual")
              : tr.t("surveys.results.testNone")
            : test.method === "exact"
              ? tr.t("surveys.results.testExact")
              : tr.t("surveys.results.testNormal"),
        test?.ok ? fix(test.rankBiserial) : null,
      ];
    });
  return [header, ...rows];
}
