/**
 * How long "suggest groups" (lib/pairing/rules/grouping.ts suggestGroups) takes for a large cohort:
 * 2,000 drawn mentees into 334 pairs of groups of 6, with international students, languages
 * and dormitory residents to match. A benchmark, not a test:
 *   npx tsx bench/pairing-suggest.ts [mentees=2000] [runs=5]
 */
import type { Gender } from "../lib/people/rules";
import { balanceReport, formatBalanceReport } from "../lib/pairing/rules/balance";
import { mulberry32 } from "../lib/pairing/rules/draw";
import { suggestGroups, type GroupMentee, type GroupPair } from "../lib/pairing/rules/grouping";

const mentees = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);
const groupSize = 6;
const rng = mulberry32(2026);
const LANGS = ["English", "Arabic", "Persian", "Korean", "French", "Turkish", "Spanish"];
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
const genders: Gender[] = ["FEMALE", "MALE", "FEMALE", "MALE", "OTHER", "UNDISCLOSED"];

const pairCount = Math.ceil(mentees / groupSize);
const pairs: (GroupPair & { label: string })[] = Array.from({ length: pairCount }, (_, i) => ({
  id: `p${i}`,
  label: `Group ${i + 1}`,
  current: 0,
  capacity: groupSize,
  eligible: true,
  mentorUserIds: [`mc${i}`, `mp${i}`],
  languages: ["English", pick(LANGS), pick(LANGS)],
  international: rng() < 0.2,
  dormitory: rng() < 0.4,
  genders: [pick(genders), pick(genders)],
}));
const people: GroupMentee[] = Array.from({ length: mentees }, (_, i) => {
  const international = rng() < 0.12;
  return {
    id: `m${i}`,
    userId: `u${i}`,
    gender: pick(genders),
    international,
    dormitory: rng() < 0.3,
    languages: international ? [pick(LANGS), "English"] : ["English"],
  };
});

let placed: ReturnType<typeof suggestGroups> = [];
const times: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  placed = suggestGroups(pairs, people);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const report = balanceReport(pairs, placed, people);
console.log(`suggest groups: ${mentees} mentees into ${pairCount} groups of ${groupSize}, ${runs} runs`);
console.log(
  `  median ${times[Math.floor(runs / 2)].toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[runs - 1].toFixed(1)} ms (node ${process.version})`,
);
console.log(`  placed ${placed.length}; ${formatBalanceReport(report).split("\n").pop()}`);
const sizes = report.rows.map((r) => r.size);
console.log(
  `  group sizes ${Math.min(...sizes)}–${Math.max(...sizes)}; female per group ${Math.min(...report.rows.map((r) => r.female))}–${Math.max(...report.rows.map((r) => r.female))}`,
);
