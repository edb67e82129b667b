import { getTranslations } from "next-intl/server";
import { Scroll } from "./scroll";
import { Card, CardHeader } from "@/components/ui/card";
import type { Formatter } from "@/lib/i18n/format";
import type { Cell, ItemResult, RateRow, SubscaleResult } from "@/lib/surveys/data";
import type { MannWhitney } from "@/lib/stats";

const two = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
const three = { minimumFractionDigits: 3, maximumFractionDigits: 3 };

/** "3.86 ± 0.74", "4.00" (one answer: no SD), or the suppression notice. */
export async function meanSd(f: Formatter, c: Cell | null): Promise<string> {
  const t = await getTranslations("surveys");
  if (!c || c.suppressed) return t("results.suppressed");
  const { mean, sd } = c.stats;
  if (mean === null) return t("results.suppressed");
  return sd === null
    ? t("results.meanOnly", { mean: f.number(mean, two) })
    : t("results.meanSd", { mean: f.number(mean, two), sd: f.number(sd, two) });
}

export function pText(f: Formatter, p: number): string {
  return p < 0.001 ? `< ${f.number(0.001, three)}` : f.number(p, three);
}

async function testLine(f: Formatter, test: MannWhitney | null) {
  const t = await getTranslations("surveys");
  if (!test) return { p: "—", detail: t("results.testNone") };
  if (!test.ok)
    return { p: "—", detail: test.reason === "all_equal" ? t("results.testAllEqual") : t("results.testNone") };
  return {
    p: pText(f, test.p),
    detail: [
      test.method === "exact" ? t("results.testExact") : t("results.testNormal"),
      t("results.pValue", { u: f.number(test.u, { maximumFractionDigits: 1 }), p: pText(f, test.p) }),
      t("results.effect", { rb: f.number(test.rankBiserial, two) }),
      test.r !== null ? t("results.effectZ", { r: f.number(test.r, two) }) : null,
    ]
      .filter(Boolean)
      .join("; "),
  };
}

/**
 * The table the studies publish: item | mentors mean ± SD | mentees mean ± SD | p, or with
 * `split="phase"` item | clinical mentors | preclinical mentors | p (in a survey about mentors:
 * the mentors the feedback is about). Cells under 5 answers say so; the test runs only on two
 * shown cells.
 */
export async function ResultsTable({
  f,
  items,
  split = "role",
}: {
  f: Formatter;
  items: ItemResult[];
  split?: "role" | "phase";
}) {
  const t = await getTranslations("surveys");
  const rows = items.filter((i) => i.kind === "LIKERT_5");
  const [a, b] = split === "role" ? (["MENTOR", "MENTEE"] as const) : (["CLINICAL", "PRECLINICAL"] as const);
  const cells = await Promise.all(
    rows.map(async (i) => ({
      item: i,
      mentors: await meanSd(f, i.groups?.[a] ?? null),
      mentees: await meanSd(f, i.groups?.[b] ?? null),
      test: await testLine(f, split === "role" ? i.test : i.phaseTest),
    })),
  );
  const caption = split === "role" ? t("results.tableCaption") : t("results.phaseTableCaption");
  return (
    <Scroll label={caption}>
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="mb-2 text-start text-sm text-stone-600">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-200 text-start text-stone-700">
            <th scope="col" className="py-2 pe-3 text-start font-medium">
              {t("results.item")}
            </th>
            <th scope="col" className="py-2 pe-3 text-start font-medium">
              {t(`group.${a}`)}
            </th>
            <th scope="col" className="py-2 pe-3 text-start font-medium">
              {t(`group.${b}`)}
            </th>
            <th scope="col" className="py-2 text-start font-medium">
              {t("results.p")}
            </th>
          </tr>
        </thead>
        <tbody>
          {cells.map(({ item, mentors, mentees, test }) => (
            <tr key={item.id} className="border-b border-stone-100 align-top">
              <th scope="row" className="py-2 pe-3 text-start font-normal text-stone-900">
                <bdi>{item.prompt}</bdi>
              </th>
              <td className="py-2 pe-3 whitespace-nowrap tabular-nums">{mentors}</td>
              <td className="py-2 pe-3 whitespace-nowrap tabular-nums">{mentees}</td>
              <td className="py-2 tabular-nums">
                <span className="whitespace-nowrap">{test.p}</span>
                <span className="block text-xs text-stone-600">{test.detail}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/**
 * Each Likert and number item per pair (group: its mentors and mentees): mean ± SD (n). A cell
 * with fewer than 5 answers arrives suppressed from lib/surveys/data.ts and says only that.
 */
export async function PairTable({ f, items }: { f: Formatter; items: ItemResult[] }) {
  const t = await getTranslations("surveys");
  const rows = items.filter((i) => i.pairs && i.pairs.length > 0);
  if (rows.length === 0) return null;
  const pairs = rows[0].pairs!;
  const text = async (c: Cell) =>
    c.suppressed ? t("results.suppressed") : `${await meanSd(f, c)} (${t("results.n", { n: c.stats.n })})`;
  const cells = await Promise.all(rows.map(async (i) => Promise.all(i.pairs!.map((p) => text(p.cell)))));
  const caption = t("results.pairTableCaption");
  return (
    <Scroll label={caption}>
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="mb-2 text-start text-sm text-stone-600">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-200 text-start text-stone-700">
            <th scope="col" className="py-2 pe-3 text-start font-medium">
              {t("results.item")}
            </th>
            {pairs.map((p) => (
              <th key={p.id} scope="col" className="py-2 pe-3 text-start font-medium whitespace-nowrap">
                <bdi>{p.label}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((item, r) => (
            <tr key={item.id} className="border-b border-stone-100 align-top">
              <th scope="row" className="py-2 pe-3 text-start font-normal text-stone-900">
                <bdi>{item.prompt}</bdi>
              </th>
              {cells[r].map((c, k) => (
                <td key={pairs[k].id} className="py-2 pe-3 whitespace-nowrap tabular-nums">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** Bars of how many answered 1..5 (with the numbers as text for screen readers and print). */
async function Distribution({ f, counts }: { f: Formatter; counts: number[] }) {
  const t = await getTranslations("surveys");
  const max = Math.max(1, ...counts);
  return (
    <figure>
      <figcaption className="text-xs text-stone-600">{t("results.distribution")}</figcaption>
      <ul className="mt-1 space-y-1">
        {counts.map((c, i) => (
          <li key={i} className="flex items-center gap-2 text-xs">
            <span className="w-4 text-end tabular-nums" aria-hidden="true">
              {f.number(i + 1)}
            </span>
            <span className="h-3 flex-1 rounded-sm bg-stone-100">
              <span
                className="bg-brand-600 block h-3 rounded-sm"
                style={{ width: `${(c / max) * 100}%` }}
                aria-hidden="true"
              />
            </span>
            <span className="w-6 tabular-nums" aria-hidden="true">
              {f.number(c)}
            </span>
            <span className="sr-only">{t("results.distributionLabel", { point: f.number(i + 1), count: c })}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** One item in detail: n, mean ± SD, median and IQR, the distribution, each group. */
export async function ItemDetail({ f, item }: { f: Formatter; item: ItemResult }) {
  const t = await getTranslations("surveys");
  const head = (
    <h3 className="font-medium text-stone-900">
      <span className="text-stone-500 tabular-nums">{f.number(item.position)}. </span>
      <bdi>{item.prompt}</bdi>
    </h3>
  );
  if (item.overall) {
    const c = item.overall;
    const groups = item.groups
      ? await Promise.all(
          (["MENTOR", "MENTEE", "CLINICAL", "PRECLINICAL"] as const).map(async (g) => ({
            g,
            text: await meanSd(f, item.groups![g]),
            n: item.groups![g].suppressed ? null : (item.groups![g] as { stats: { n: number } }).stats.n,
          })),
        )
      : [];
    return (
      <li className="rounded-lg border border-stone-200 p-3">
        {head}
        {c.suppressed ? (
          <p className="mt-1 text-sm text-stone-600">{t("results.suppressed")}</p>
        ) : (
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            <div className="space-y-1 text-sm">
              <p className="tabular-nums">
                {t("results.overall")}: {await meanSd(f, c)} ({t("results.n", { n: c.stats.n })})
              </p>
              {c.stats.median !== null ? (
                <p className="text-stone-600 tabular-nums">
                  {t("results.median", {
                    median: f.number(c.stats.median, { maximumFractionDigits: 2 }),
                    q1: f.number(c.stats.q1!, { maximumFractionDigits: 2 }),
                    q3: f.number(c.stats.q3!, { maximumFractionDigits: 2 }),
                  })}
                </p>
              ) : null}
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                {groups.map(({ g, text, n }) => (
                  <div key={g} className="contents">
                    <dt className="text-stone-600">{t(`group.${g}`)}</dt>
                    <dd className="tabular-nums">
                      {text}
                      {n !== null ? ` (${t("results.n", { n })})` : ""}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
            {item.kind === "LIKERT_5" ? <Distribution f={f} counts={c.distribution} /> : null}
          </div>
        )}
      </li>
    );
  }
  if (item.choices) {
    return (
      <li className="rounded-lg border border-stone-200 p-3">
        {head}
        {item.choices.suppressed ? (
          <p className="mt-1 text-sm text-stone-600">{t("results.suppressed")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {item.choices.counts.map((c) => (
              <li key={c.option} className="flex justify-between gap-3">
                <span>{c.option}</span>
                <span className="tabular-nums">{f.number(c.count)}</span>
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  }
  return (
    <li className="rounded-lg border border-stone-200 p-3">
      {head}
      {!item.texts || item.texts.suppressed ? (
        <p className="mt-1 text-sm text-stone-600">{t("results.noTexts")}</p>
      ) : (
        <>
          <p className="mt-1 text-xs text-stone-600">{t("results.texts")}</p>
          <ul className="mt-2 list-disc space-y-1 ps-5 text-sm">
            {item.texts.texts.map((text, i) => (
              <li key={i} dir="auto">
                {text}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

export async function SubscaleTable({ f, subscales }: { f: Formatter; subscales: SubscaleResult[] }) {
  const t = await getTranslations("surveys");
  if (subscales.length === 0) return null;
  const scores = await Promise.all(subscales.map((s) => meanSd(f, s.score)));
  return (
    <Card aria-labelledby="subscales-heading">
      <CardHeader id="subscales-heading" title={t("results.subscales")} />
      <Scroll label={t("results.subscales")}>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-stone-200">
              <th scope="col" className="py-2 pe-3 text-start font-medium">
                {t("results.subscaleCol")}
              </th>
              <th scope="col" className="py-2 pe-3 text-start font-medium">
                {t("results.itemsCol")}
              </th>
              <th scope="col" className="py-2 pe-3 text-start font-medium">
                {t("results.score")}
              </th>
              <th scope="col" className="py-2 text-start font-medium">
                {t("results.alpha")}
              </th>
            </tr>
          </thead>
          <tbody>
            {subscales.map((s, i) => (
              <tr key={s.name} className="border-b border-stone-100">
                <th scope="row" className="py-2 pe-3 text-start font-normal">
                  {s.name}
                </th>
                <td className="py-2 pe-3 tabular-nums">{f.number(s.itemCount)}</td>
                <td className="py-2 pe-3 tabular-nums">{scores[i]}</td>
                <td className="py-2 tabular-nums">
                  {s.alpha === null ? t("results.alphaNone") : f.number(s.alpha, two)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </Card>
  );
}

/** The response rate by role and by group (counts only). */
export async function ResponseRate({ f, byRole, byGroup }: { f: Formatter; byRole: RateRow[]; byGroup: RateRow[] }) {
  const t = await getTranslations("surveys");
  const pct = (r: RateRow) => (r.invited ? f.number(r.responded / r.invited, { style: "percent" }) : "—");
  const table = (title: string, head: string, rows: RateRow[], label: (r: RateRow) => string) => (
    <Scroll label={title}>
      <table className="w-full text-sm">
        <caption className="mb-1 text-start font-medium text-stone-800">{title}</caption>
        <thead>
          <tr className="border-b border-stone-200">
            <th scope="col" className="py-1.5 pe-3 text-start font-medium text-stone-700">
              {head}
            </th>
            <th scope="col" className="py-1.5 pe-3 text-start font-medium text-stone-700">
              {t("detail.answered")}
            </th>
            <th scope="col" className="py-1.5 text-start font-medium text-stone-700">
              <span className="sr-only">{t("detail.rate")}</span>
              {"%"}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-stone-100">
              <th scope="row" className="py-1.5 pe-3 text-start font-normal">
                {label(r)}
              </th>
              <td className="py-1.5 pe-3 tabular-nums">
                {t("detail.rateRow", { responded: r.responded, invited: r.invited })}
              </td>
              <td className="py-1.5 tabular-nums">{pct(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {table(t("detail.byRole"), t("detail.role"), byRole, (r) => t(`group.${r.key as "MENTOR" | "MENTEE"}`))}
      {byGroup.length > 0 ? table(t("detail.byGroup"), t("detail.groupCol"), byGroup, (r) => r.label) : null}
    </div>
  );
}
