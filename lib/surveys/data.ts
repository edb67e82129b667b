/**
 * Set-based reads of survey results, shared by the pages (lib/surveys/queries.ts), the CSV
 * routes and the reports area (issue 14: `surveyResultsForCohort`). A constant number of
 * statements per survey. No permission checks here: callers ask `can()` first. Every cell below
 * MIN_CELL answers (or, for a mentor's own feedback, MIN_FEEDBACK respondents) leaves this file
 * as `{ suppressed: true }`, with no answer, count or text inside (decision 091). That holds for
 * the cells per pair (group) too: a pair's cell is built only from at least MIN_CELL answers.
 */
import type { Db } from "../db/client";
import {
  answerGroups,
  cellShown,
  feedbackShown,
  pairSplitApplies,
  respondentCode,
  shuffled,
  type AudienceValue,
  type ItemKind,
  type ResultsGroup,
  type SurveyRole,
  valuesByPair,
} from "./rules";
import {
  cronbachAlpha,
  describe,
  distribution,
  mannWhitneyU,
  scoreItem,
  type Describe,
  type MannWhitney,
} from "../stats";

type Client = Pick<Db, "survey" | "surveyResponse" | "membership" | "mentorPair">;

export type Cell = { suppressed: true } | { suppressed: false; stats: Describe; distribution: number[] };

export const GROUPS: ResultsGroup[] = ["MENTOR", "MENTEE", "CLINICAL", "PRECLINICAL"];

export interface ItemResult {
  id: string;
  position: number;
  kind: ItemKind;
  prompt: string;
  section: string | null;
  subscale: string | null;
  reverseKeyed: boolean;
  audience: AudienceValue;
  lowLabel: string | null;
  highLabel: string | null;
  /** LIKERT_5 and NUMBER */
  overall: Cell | null;
  groups: Record<ResultsGroup, Cell> | null;
  /** per pair (group), in label order, where the survey's audience allows (`pairSplitApplies`):
   * LIKERT_5 and NUMBER; each cell with fewer than MIN_CELL answers suppressed */
  pairs: PairCell[] | null;
  /** mentors vs mentees (LIKERT_5, both cells shown); null: not applicable or suppressed */
  test: MannWhitney | null;
  /** clinical vs preclinical mentors (LIKERT_5, both cells shown): in a survey about mentors, the
   * mentors the answers are about; otherwise the answering mentors */
  phaseTest: MannWhitney | null;
  /** choice items: counts per option, when at least MIN_CELL answered */
  choices: { suppressed: true } | { suppressed: false; n: number; counts: { option: string; count: number }[] } | null;
  /** free text, shuffled, when at least MIN_CELL answered */
  texts: { suppressed: true } | { suppressed: false; texts: string[] } | null;
}

export interface PairCell {
  id: string;
  label: string;
  cell: Cell;
}

export interface SubscaleResult {
  name: string;
  itemCount: number;
  /** Cronbach's alpha over complete, reverse-scored answers (null: undefined, or suppressed) */
  alpha: number | null;
  /** the mean of the subscale's items per respondent */
  score: Cell;
}

export interface RateRow {
  key: string;
  label: string;
  invited: number;
  responded: number;
}

export interface SurveyResults {
  survey: {
    id: string;
    cohortId: string;
    title: string;
    audience: AudienceValue;
    aboutMentors: boolean;
    template: string | null;
    draft: boolean;
    opensAt: Date;
    closesAt: Date;
  };
  respondents: number;
  /** response rate by role and by group (pair); never by person */
  rate: { byRole: RateRow[]; byGroup: RateRow[] };
  items: ItemResult[];
  subscales: SubscaleResult[];
}

interface Row {
  id: string;
  respondentId: string;
  role: SurveyRole;
  phase: "CLINICAL" | "PRECLINICAL" | null;
  /** the phase of the mentor the answers are about (surveys about mentors) */
  subjectPhase: "CLINICAL" | "PRECLINICAL" | null;
  answers: Map<string, { likert: number | null; text: string | null; number: number | null; choices: string[] }>;
}

const SUPPRESSED: Cell = { suppressed: true };

function cell(values: number[], min: (n: number) => boolean = cellShown): Cell {
  if (!min(values.length)) return { suppressed: true };
  return { suppressed: false, stats: describe(values), distribution: distribution(values) };
}

const surveySelect = {
  id: true,
  cohortId: true,
  title: true,
  audience: true,
  aboutMentors: true,
  template: true,
  draft: true,
  opensAt: true,
  closesAt: true,
  items: {
    orderBy: { position: "asc" as const },
    select: {
      id: true,
      position: true,
      kind: true,
      prompt: true,
      section: true,
      subscale: true,
      reverseKeyed: true,
      audience: true,
      lowLabel: true,
      highLabel: true,
      options: true,
    },
  },
};

/** The submitted responses of a survey (optionally: about one mentor), with each respondent's group. */
async function submittedRows(prisma: Client, surveyId: string, subjectId?: string): Promise<Row[]> {
  const responses = await prisma.surveyResponse.findMany({
    where: { surveyId, submittedAt: { not: null }, ...(subjectId ? { subjectId } : {}) },
    select: {
      id: true,
      respondentId: true,
      respondent: { select: { role: true, phase: true } },
      subject: { select: { phase: true } },
      answers: { select: { itemId: true, likert: true, text: true, number: true, choices: true } },
    },
  });
  return responses.map((r) => ({
    id: r.id,
    respondentId: r.respondentId,
    role: r.respondent.role === "MENTOR" ? "MENTOR" : "MENTEE",
    phase: r.respondent.phase,
    subjectPhase: r.subject?.phase ?? null,
    answers: new Map(r.answers.map((a) => [a.itemId, a])),
  }));
}

type SurveyRow = NonNullable<Awaited<ReturnType<typeof loadSurveyRow>>>;

function loadSurveyRow(prisma: Client, surveyId: string) {
  return prisma.survey.findUnique({ where: { id: surveyId }, select: surveySelect });
}

/** The pairs (groups) of a survey's results and the pair of each person in one, for `pairs` cells. */
export interface PairSplit {
  pairs: { id: string; label: string }[];
  pairOf: Map<string, string>;
}

/**
 * Results of one survey's items from its rows: the tables the studies publish. With `pairs`, also
 * each LIKERT_5 and NUMBER item per pair (group).
 */
export function computeItems(
  survey: SurveyRow,
  rows: Row[],
  opts: { min?: (n: number) => boolean; random?: () => number; pairs?: PairSplit | null } = {},
): { items: ItemResult[]; subscales: SubscaleResult[] } {
  const min = opts.min ?? cellShown;
  const random = opts.random ?? Math.random;
  const split = opts.pairs ?? null;
  const items: ItemResult[] = survey.items.map((item) => {
    const answered = rows.filter((r) => r.answers.has(item.id));
    const base = {
      id: item.id,
      position: item.position,
      kind: item.kind as ItemKind,
      prompt: item.prompt,
      section: item.section,
      subscale: item.subscale,
      reverseKeyed: item.reverseKeyed,
      audience: item.audience as AudienceValue,
      lowLabel: item.lowLabel,
      highLabel: item.highLabel,
      overall: null,
      groups: null,
      pairs: null,
      test: null,
      phaseTest: null,
      choices: null,
      texts: null,
    } satisfies ItemResult;
    if (item.kind === "LIKERT_5" || item.kind === "NUMBER") {
      const value = (r: Row) => {
        const a = r.answers.get(item.id)!;
        return (item.kind === "LIKERT_5" ? a.likert : a.number) ?? null;
      };
      const withValue = answered.filter((r) => value(r) !== null);
      const by = (g: ResultsGroup) =>
        withValue.filter((r) => answerGroups(r, survey.aboutMentors).includes(g)).map((r) => value(r)!);
      const groups = Object.fromEntries(GROUPS.map((g) => [g, cell(by(g), min)])) as Record<ResultsGroup, Cell>;
      const test =
        item.kind === "LIKERT_5" && !groups.MENTOR.suppressed && !groups.MENTEE.suppressed
          ? mannWhitneyU(by("MENTOR"), by("MENTEE"))
          : null;
      const phaseTest =
        item.kind === "LIKERT_5" && !groups.CLINICAL.suppressed && !groups.PRECLINICAL.suppressed
          ? mannWhitneyU(by("CLINICAL"), by("PRECLINICAL"))
          : null;
      const pairs = split
        ? valuesByPair(
            split.pairs,
            withValue.map((r) => ({ pairId: split.pairOf.get(r.respondentId) ?? null, value: value(r)! })),
            min,
          ).map(({ pair, values }) => ({ ...pair, cell: values ? cell(values, min) : SUPPRESSED }))
        : null;
      return {
        ...base,
        pairs,
        overall: cell(
          withValue.map((r) => value(r)!),
          min,
        ),
        groups,
        test,
        phaseTest,
      };
    }
    if (item.kind === "SINGLE_CHOICE" || item.kind === "MULTIPLE_CHOICE") {
      if (!min(answered.length)) return { ...base, choices: { suppressed: true } };
      const counts = item.options.map((option) => ({
        option,
        count: answered.filter((r) => r.answers.get(item.id)!.choices.includes(option)).length,
      }));
      return { ...base, choices: { suppressed: false, n: answered.length, counts } };
    }
    const texts = answered.map((r) => r.answers.get(item.id)!.text ?? "").filter((t) => t.trim() !== "");
    if (!min(texts.length)) return { ...base, texts: { suppressed: true } };
    return { ...base, texts: { suppressed: false, texts: shuffled(texts, random) } };
  });

  const names = [...new Set(survey.items.filter((i) => i.kind === "LIKERT_5" && i.subscale).map((i) => i.subscale!))];
  const subscales = names.map((name) => {
    const its = survey.items.filter((i) => i.kind === "LIKERT_5" && i.subscale === name);
    const matrix = rows.map((r) =>
      its.map((i) => {
        const v = r.answers.get(i.id)?.likert;
        return v == null ? null : scoreItem(v, i.reverseKeyed);
      }),
    );
    const complete = matrix.filter((m) => m.every((v) => v !== null)) as number[][];
    const score = cell(
      complete.map((m) => m.reduce((a, b) => a + b, 0) / m.length),
      min,
    );
    return {
      name,
      itemCount: its.length,
      alpha: min(complete.length) ? cronbachAlpha(complete) : null,
      score,
    };
  });
  return { items, subscales };
}

/** Who was asked: active mentors and/or mentees of the cohort, with their pair. */
async function invitedPeople(prisma: Client, cohortId: string, audience: AudienceValue) {
  const roles: SurveyRole[] =
    audience === "MENTORS" ? ["MENTOR"] : audience === "MENTEES" ? ["MENTEE"] : ["MENTOR", "MENTEE"];
  return prisma.membership.findMany({
    where: { cohortId, status: "ACTIVE", role: { in: roles } },
    select: {
      id: true,
      role: true,
      pairAsClinical: { select: { id: true, label: true } },
      pairAsPreclinical: { select: { id: true, label: true } },
      assignment: { select: { pair: { select: { id: true, label: true } } } },
    },
  });
}

/** Everything a results page shows about one survey (null: no such survey). */
export async function surveyResults(
  prisma: Client,
  surveyId: string,
  opts: { random?: () => number } = {},
): Promise<SurveyResults | null> {
  const survey = await loadSurveyRow(prisma, surveyId);
  if (!survey) return null;
  const [rows, invited, submitters] = await Promise.all([
    submittedRows(prisma, surveyId),
    invitedPeople(prisma, survey.cohortId, survey.audience as AudienceValue),
    prisma.surveyResponse.findMany({
      where: { surveyId, submittedAt: { not: null } },
      distinct: ["respondentId"],
      select: { respondentId: true },
    }),
  ]);
  const answered = new Set(submitters.map((s) => s.respondentId));
  const byRole: RateRow[] = (["MENTOR", "MENTEE"] as const)
    .filter((role) => invited.some((m) => m.role === role))
    .map((role) => {
      const people = invited.filter((m) => m.role === role);
      return {
        key: role,
        label: role,
        invited: people.length,
        responded: people.filter((m) => answered.has(m.id)).length,
      };
    });
  const groups = new Map<string, RateRow>();
  for (const m of invited) {
    const pair = m.pairAsClinical ?? m.pairAsPreclinical ?? m.assignment?.pair;
    if (!pair) continue;
    const row = groups.get(pair.id) ?? { key: pair.id, label: pair.label, invited: 0, responded: 0 };
    row.invited++;
    if (answered.has(m.id)) row.responded++;
    groups.set(pair.id, row);
  }
  const byGroup = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, "en", { numeric: true }));
  // per pair: the same people and pairs as the response rate by group (no statement more)
  const pairs: PairSplit | null = pairSplitApplies({
    audience: survey.audience as AudienceValue,
    aboutMentors: survey.aboutMentors,
  })
    ? {
        pairs: byGroup.map((g) => ({ id: g.key, label: g.label })),
        pairOf: new Map(
          invited.flatMap((m) => {
            const pair = m.pairAsClinical ?? m.pairAsPreclinical ?? m.assignment?.pair;
            return pair ? [[m.id, pair.id] as const] : [];
          }),
        ),
      }
    : null;
  const { items: _items, ...rest } = survey;
  return {
    survey: { ...rest, audience: survey.audience as AudienceValue },
    respondents: answered.size,
    rate: { byRole, byGroup },
    ...computeItems(survey, rows, { ...opts, pairs }),
  };
}

/**
 * For the reports area (issue 14): the results of the cohort's closed surveys, newest first, with
 * the same suppression as the pages. Callers check `can(actor, "read", "survey.aggregate", …)`.
 */
export async function surveyResultsForCohort(prisma: Client, cohortId: string, now: Date): Promise<SurveyResults[]> {
  const closed = await prisma.survey.findMany({
    where: { cohortId, draft: false, aboutMentors: false, closesAt: { lte: now } },
    orderBy: { closesAt: "desc" },
    select: { id: true },
  });
  const out: SurveyResults[] = [];
  for (const s of closed) {
    const r = await surveyResults(prisma, s.id);
    if (r) out.push(r);
  }
  return out;
}

export interface FeedbackRound {
  surveyId: string;
  title: string;
  closesAt: Date;
  /** how many mentees answered about this mentor */
  shown: boolean;
  items: ItemResult[];
}

/**
 * Feedback of mentees on one mentor, per round (oldest first: the trend over the year). A round
 * is shown only once MIN_FEEDBACK mentees answered; otherwise it carries no numbers and no text.
 */
export async function feedbackForMentor(
  prisma: Client,
  cohortId: string,
  mentorId: string,
  opts: { random?: () => number } = {},
) {
  const surveys = await prisma.survey.findMany({
    where: { cohortId, draft: false, aboutMentors: true },
    orderBy: { opensAt: "asc" },
    select: surveySelect,
  });
  const rounds: FeedbackRound[] = [];
  for (const survey of surveys) {
    const rows = await submittedRows(prisma, survey.id, mentorId);
    const shown = feedbackShown(rows.length);
    rounds.push({
      surveyId: survey.id,
      title: survey.title,
      closesAt: survey.closesAt,
      shown,
      items: shown ? computeItems(survey, rows, { min: feedbackShown, random: opts.random }).items : [],
    });
  }
  return rounds;
}

export interface MentorFeedbackRow {
  mentorId: string;
  name: string;
  phase: "CLINICAL" | "PRECLINICAL" | null;
  /** the mean of the Likert items in the latest round with enough answers, or null */
  mean: number | null;
  surveyTitle: string | null;
}

/** The supervisor's overview: every mentor's latest shown round (mean of its Likert items). */
export async function feedbackByMentor(prisma: Client, cohortId: string): Promise<MentorFeedbackRow[]> {
  const [mentors, surveys] = await Promise.all([
    prisma.membership.findMany({
      where: { cohortId, role: "MENTOR", status: "ACTIVE" },
      orderBy: { user: { name: "asc" } },
      select: { id: true, phase: true, user: { select: { name: true } } },
    }),
    prisma.survey.findMany({
      where: { cohortId, draft: false, aboutMentors: true },
      orderBy: { opensAt: "desc" },
      select: { id: true, title: true, items: { where: { kind: "LIKERT_5" }, select: { id: true } } },
    }),
  ]);
  const responses = surveys.length
    ? await prisma.surveyResponse.findMany({
        where: { surveyId: { in: surveys.map((s) => s.id) }, submittedAt: { not: null }, subjectId: { not: null } },
        select: { surveyId: true, subjectId: true, answers: { select: { likert: true } } },
      })
    : [];
  return mentors.map((m) => {
    for (const s of surveys) {
      const mine = responses.filter((r) => r.surveyId === s.id && r.subjectId === m.id);
      if (!feedbackShown(mine.length)) continue;
      const values = mine.flatMap((r) => r.answers.map((a) => a.likert).filter((v): v is number => v !== null));
      const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
      return { mentorId: m.id, name: m.user.name, phase: m.phase, mean, surveyTitle: s.title };
    }
    return { mentorId: m.id, name: m.user.name, phase: m.phase, mean: null, surveyTitle: null };
  });
}

/** A mentor is flagged on the supervisor's page below this mean (1..5). */
export const LOW_FEEDBACK = 3;

/**
 * The anonymised responses as rows for a CSV: a random respondent code (shuffled, so neither the
 * order nor the code follows submission), the respondent's role (and a mentor's phase only when
 * each phase has at least MIN_CELL respondents), then one column per item. No name, no email, no id.
 */
export async function anonymisedResponses(prisma: Client, surveyId: string, random: () => number = Math.random) {
  const survey = await loadSurveyRow(prisma, surveyId);
  if (!survey) return null;
  const rows = await submittedRows(prisma, surveyId);
  const phaseCount = (p: string) => rows.filter((r) => r.role === "MENTOR" && r.phase === p).length;
  const showPhase = cellShown(phaseCount("CLINICAL")) && cellShown(phaseCount("PRECLINICAL"));
  const roleShown =
    cellShown(rows.filter((r) => r.role === "MENTOR").length) &&
    cellShown(rows.filter((r) => r.role === "MENTEE").length);
  const header = ["respondent", "group", ...survey.items.map((i) => `Q${i.position}`)];
  const body = shuffled(rows, random).map((r, index) => [
    respondentCode(index),
    !roleShown ? "" : r.role === "MENTOR" && showPhase && r.phase ? `MENTOR_${r.phase}` : r.role,
    ...survey.items.map((i) => {
      const a = r.answers.get(i.id);
      if (!a) return null;
      if (a.likert !== null) return a.likert;
      if (a.number !== null) return a.number;
      if (a.choices.length) return a.choices.join("; ");
      return a.text;
    }),
  ]);
  const tooFew = !cellShown(rows.length);
  return {
    survey,
    header,
    rows: tooFew ? [] : body,
    tooFew,
    prompts: survey.items.map((i) => `Q${i.position}: ${i.prompt}`),
  };
}
