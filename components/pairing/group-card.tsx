import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { SetupForm } from "@/components/cohorts/setup-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import { PageLinks } from "@/components/ui/page-links";
import { deletePairAction, moveMenteeAction } from "@/lib/pairing/actions";
import type { GroupsBoard } from "@/lib/pairing/setup-queries";
import { hidden, moveFields, type MoveWords } from "./fields";

type Group = GroupsBoard["groups"][number];
type Mentee = Group["mentees"][number];

/** "(F, intl., fa/en)": gender, international, languages. */
function useMenteeTraits() {
  const tp = useTranslations("pairing");
  return (m: Pick<Mentee, "gender"> & Partial<Pick<Mentee, "international" | "languages">>, short = false) =>
    short
      ? `(${tp(`gender.${m.gender}`)})`
      : // the languages (Latin script) isolated, so the brackets mirror right in Persian
        tp.rich("group.traits", {
          gender: tp(`gender.${m.gender}`),
          intl: m.international ? "yes" : "no",
          hasLanguages: m.languages?.length ? "yes" : "no",
          languages: m.languages?.join("/") ?? "",
          l: (chunks) => <bdi>{chunks}</bdi>,
        });
}

/** The words of the move and place forms. */
function useMoveWords(mentee: string, target: string): MoveWords {
  const tm = useTranslations("pairing.move");
  return { mentee, target, choose: tm("choose"), targetHint: tm("targetHint"), overLimit: tm("overLimit") };
}

/** The groups page's URL with its filters and pages (empty ones left out). */
export function groupsHref(base: string, board: GroupsBoard, change: { page?: number; upage?: number } = {}): string {
  const page = change.page ?? board.page;
  const upage = change.upage ?? board.upage;
  const params = new URLSearchParams(
    Object.entries({
      q: board.filter.q,
      show: board.filter.show,
      page: page > 1 ? String(page) : "",
      upage: upage > 1 ? String(upage) : "",
    }).filter(([, v]) => v),
  ).toString();
  return params ? `${base}?${params}` : base;
}

/** One pair and its group: mentors, mentees (one form moves one by the target's label, or takes one out), agreement status, dissolve. */
export function GroupCard({
  group: g,
  board,
  closed,
  published,
}: {
  group: Group;
  board: GroupsBoard;
  closed: boolean;
  published: boolean;
}) {
  const { groupSize, maxMenteesPerMentor, trainingRequired } = board.cohort;
  const t = useTranslations("pairing.group");
  const format = useFormatter();
  const traits = useMenteeTraits();
  const words = useMoveWords(t("mentee"), t("toGroup"));
  return (
    <Card aria-label={g.label}>
      <div className="mb-2 flex items-start justify-between gap-2">
        <h3 className="font-semibold">{g.label}</h3>
        <span className="flex gap-1">
          <Badge tone={g.mentees.length > maxMenteesPerMentor ? "danger" : "neutral"}>
            {t("size", { n: g.mentees.length, size: groupSize })}
          </Badge>
          {!g.trained ? (
            <Badge tone="warning">{trainingRequired ? t("trainingIncomplete") : t("untrainedWaived")}</Badge>
          ) : null}
        </span>
      </div>
      <p className="text-sm">
        <span className="text-clinical-700">{t("clinical")}</span> <bdi>{g.clinicalName}</bdi>
      </p>
      <p className="text-sm">
        <span className="text-preclinical-700">{t("preclinical")}</span> <bdi>{g.preclinicalName}</bdi>
      </p>
      {g.mentees.length ? (
        <ul className="mt-3 divide-y divide-stone-100 text-sm" aria-label={t("menteesOf", { label: g.label })}>
          {g.mentees.map((m) => (
            <li key={m.id} className="py-2">
              <bdi>{m.name}</bdi> <span className="text-stone-500">{traits(m)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-stone-600">{t("noMentees")}</p>
      )}
      {!closed && g.mentees.length ? (
        <details className="mt-2">
          <summary className="text-brand-700 inline-flex min-h-11 cursor-pointer items-center text-sm">
            {t("moveSummary")} <span className="sr-only">{t("moveSummaryOf", { label: g.label })}</span>
          </summary>
          <SetupForm
            label={t("moveForm", { label: g.label })}
            action={moveMenteeAction}
            submitLabel={t("move")}
            fields={[
              ...moveFields(`move-${g.id}`, g.mentees, words),
              {
                name: "takeOut",
                id: `move-${g.id}-out`,
                label: t("takeOut"),
                type: "checkbox",
              },
            ]}
          />
        </details>
      ) : null}
      {published && g.notAcknowledged.length ? (
        <p className="mt-3 text-sm text-amber-800">{t("notAcknowledged", { names: format.list(g.notAcknowledged) })}</p>
      ) : published ? (
        <p className="mt-3 text-sm text-emerald-800">{t("allAcknowledged")}</p>
      ) : null}
      {!closed ? (
        <SetupForm
          className="mt-3"
          label={t("dissolveForm", { label: g.label })}
          action={deletePairAction}
          variant="secondary"
          submitLabel={t("dissolve")}
          confirmMessage={t("dissolveConfirm", { label: g.label })}
          fields={[hidden("pairId", g.id)]}
        />
      ) : null}
    </Card>
  );
}

/** One page of groups (a search and filters on the server), as cards. */
export function GroupsSection(props: { base: string; board: GroupsBoard; closed: boolean; published: boolean }) {
  const { board, base } = props;
  const { q, show } = board.filter;
  const filtered = !!(q || show);
  const tg = useTranslations("pairing.groups");
  return (
    <section aria-labelledby="groups-heading" className="mt-6">
      <h2 id="groups-heading" className="mb-3 text-lg font-semibold">
        {tg("heading")}
      </h2>
      {board.totalGroups === 0 ? (
        <EmptyState title={tg("noPairs")}>{tg("noPairsBody")}</EmptyState>
      ) : (
        <>
          <form
            role="search"
            method="get"
            action={base}
            className="mb-4 flex flex-wrap items-end gap-3"
            aria-label={tg("find")}
          >
            <TextField id="groups-q" name="q" type="search" label={tg("query")} defaultValue={q} className="sm:w-64" />
            <SelectField id="groups-show" name="show" label={tg("show")} defaultValue={show}>
              <option value="">{tg("all")}</option>
              <option value="incomplete">{tg("incomplete")}</option>
              <option value="untrained">{tg("untrained")}</option>
            </SelectField>
            <Button type="submit" variant="secondary">
              {tg("findButton")}
            </Button>
            {filtered ? (
              <Link
                href={base}
                className="text-brand-700 inline-flex min-h-11 items-center text-sm font-medium underline"
              >
                {tg("showAll")}
              </Link>
            ) : null}
          </form>
          <p className="mb-3 text-sm text-stone-600" role="status">
            {filtered
              ? tg("match", { found: board.found, total: board.totalGroups })
              : tg("count", { total: board.totalGroups })}
            {board.pages > 1 ? tg("page", { page: board.page, pages: board.pages }) : null}
          </p>
          {board.groups.length === 0 ? (
            <EmptyState title={tg("noMatch")}>{tg("noMatchBody")}</EmptyState>
          ) : (
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {board.groups.map((g) => (
                <GroupCard key={g.id} group={g} {...props} />
              ))}
            </div>
          )}
          <PageLinks
            page={board.page}
            pages={board.pages}
            href={(n) => groupsHref(base, board, { page: n })}
            label={tg("pages")}
          />
        </>
      )}
    </section>
  );
}

/** Mentees without a group, a page at a time, with one place form for the page. */
export function UnassignedCard({ base, board, closed }: { base: string; board: GroupsBoard; closed: boolean }) {
  const tu = useTranslations("pairing.unassigned");
  const traits = useMenteeTraits();
  const words = useMoveWords(tu("mentee"), tu("group"));
  if (board.unassignedTotal === 0) return null;
  return (
    <Card aria-labelledby="unassigned-heading" className="mt-6">
      <CardHeader
        id="unassigned-heading"
        title={tu("title", { count: board.unassignedTotal })}
        description={board.filter.q ? tu("match", { count: board.unassignedFound, q: board.filter.q }) : undefined}
      />
      <ul className="divide-y divide-stone-100 text-sm" aria-label={tu("list")}>
        {board.unassigned.map((m) => (
          <li key={m.id} className="py-2">
            <bdi>{m.name}</bdi> <span className="text-stone-500">{traits(m, true)}</span>
          </li>
        ))}
      </ul>
      <PageLinks
        page={board.upage}
        pages={board.upages}
        href={(n) => groupsHref(base, board, { upage: n })}
        label={tu("pages")}
      />
      {!closed && board.totalGroups > 0 && board.unassigned.length > 0 ? (
        <SetupForm
          className="mt-4 space-y-4 border-t border-stone-100 pt-4"
          label={tu("form")}
          action={moveMenteeAction}
          submitLabel={tu("submit")}
          fields={moveFields("place", board.unassigned, words)}
        />
      ) : null}
    </Card>
  );
}
