import { getTranslations } from "next-intl/server";
import { CohortLink } from "@/components/ui/cohort-link";
import { Arrow } from "@/components/ui/arrow";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import type { Formatter } from "@/lib/i18n/format";
import type { getSurveyForStaff } from "@/lib/surveys/queries";
import { AddItemForm, EditItem } from "./item-editor";
import { SurveyPhaseBadge } from "./phase-badge";
import { ItemDetail, PairTable, ResponseRate, ResultsTable, SubscaleTable } from "./results";
import { RescheduleSurveyForm } from "./reschedule-form";
import { SurveyControl } from "./survey-controls";
import { localDate } from "@/lib/time";

type Data = NonNullable<Awaited<ReturnType<typeof getSurveyForStaff>>>;

/** One survey for the coordinator (manage) or the supervisor (read): items, response rate, results. */
export async function StaffSurvey({ data, base, f }: { data: Data; base: string; f: Formatter }) {
  const t = await getTranslations("surveys");
  const { survey, phase } = data;
  const draft = phase === "draft";
  return (
    <>
      <CohortLink
        href={base}
        className="text-brand-700 mb-2 inline-flex min-h-11 items-center gap-1 text-sm hover:underline"
      >
        <Arrow to="back" /> {t("detail.back")}
      </CohortLink>
      <PageHeader
        title={survey.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <SurveyPhaseBadge phase={phase} />
            <span>
              {t(`audience.${survey.audience}`)} ·{" "}
              {t("list.window", { from: f.date(survey.opensAt), to: f.date(new Date(survey.closesAt.getTime() - 1)) })}
            </span>
          </span>
        }
      />
      <div className="space-y-6">
        {data.canManage && phase !== "scheduled" ? (
          <Card aria-labelledby="control-heading">
            <CardHeader
              id="control-heading"
              title={draft ? t("detail.open") : phase === "open" ? t("detail.close") : t("detail.closedHeading")}
            />
            {draft ? <p className="mb-3 text-sm text-stone-600">{t("detail.draftHint")}</p> : null}
            <SurveyControl surveyId={survey.id} kind={draft ? "open" : phase === "open" ? "close" : "done"} />
          </Card>
        ) : null}

        {data.canManage && phase !== "closed" ? (
          <Card aria-labelledby="dates-heading">
            <CardHeader id="dates-heading" title={t("reschedule.heading")} description={t("reschedule.description")} />
            <RescheduleSurveyForm
              surveyId={survey.id}
              open={phase === "open"}
              opensOn={localDate(survey.opensAt, f.timeZone)}
              opensLabel={f.date(survey.opensAt)}
              closesOn={localDate(new Date(survey.closesAt.getTime() - 1), f.timeZone)}
            />
          </Card>
        ) : null}

        {!draft ? (
          <Card aria-labelledby="rate-heading">
            <CardHeader
              id="rate-heading"
              title={t("detail.rate")}
              description={`${t("detail.rateHint")} ${t("results.respondents", { count: data.respondents })}`}
            />
            <ResponseRate f={f} byRole={data.rate.byRole} byGroup={data.rate.byGroup} />
          </Card>
        ) : null}

        {data.showResults ? (
          <>
            <Card aria-labelledby="results-heading">
              <CardHeader
                id="results-heading"
                title={t("results.heading")}
                description={survey.aboutMentors ? t("results.methodPhase") : t("results.method")}
                action={
                  <div className="flex flex-wrap gap-2">
                    <a href={`/api/surveys/${survey.id}/table`} className={buttonClass("secondary")} download>
                      {t("results.downloadTable")}
                    </a>
                    {data.canExport ? (
                      <a href={`/api/surveys/${survey.id}/responses`} className={buttonClass("secondary")} download>
                        {t("results.downloadResponses")}
                      </a>
                    ) : null}
                  </div>
                }
              />
              {survey.aboutMentors ? (
                <ResultsTable f={f} items={data.items} split="phase" />
              ) : (
                <>
                  <ResultsTable f={f} items={data.items} />
                  {data.items.some(
                    (i) => i.groups && (!i.groups.CLINICAL.suppressed || !i.groups.PRECLINICAL.suppressed),
                  ) ? (
                    <div className="mt-6">
                      <ResultsTable f={f} items={data.items} split="phase" />
                    </div>
                  ) : null}
                  {data.items.some((i) => i.pairs?.length) ? (
                    <div className="mt-6">
                      <PairTable f={f} items={data.items} />
                    </div>
                  ) : null}
                </>
              )}
            </Card>
            <SubscaleTable f={f} subscales={data.subscales} />
            <Card aria-labelledby="items-heading">
              <CardHeader id="items-heading" title={t("detail.items")} />
              <ol className="space-y-3">
                {data.items.map((item) => (
                  <ItemDetail key={item.id} f={f} item={item} />
                ))}
              </ol>
            </Card>
          </>
        ) : (
          <Card aria-labelledby="items-heading">
            <CardHeader
              id="items-heading"
              title={t("detail.items")}
              description={!draft ? t("detail.resultsLater") : undefined}
            />
            <ol className="space-y-3">
              {data.itemList.map((item) => (
                <li key={item.id} className="rounded-lg border border-stone-200 p-3">
                  {draft && data.canManage ? null : (
                    <p className="font-medium text-stone-900">
                      <span className="text-stone-500 tabular-nums">{f.number(item.position)}. </span>
                      {item.prompt}
                    </p>
                  )}
                  <div className="mt-1 flex flex-wrap gap-2 text-xs">
                    <Badge>{t(`kind.${item.kind}`)}</Badge>
                    <Badge>{t(`audience.${item.audience}`)}</Badge>
                    <Badge>{item.required ? t("detail.required") : t("detail.optional")}</Badge>
                    {item.subscale ? <Badge tone="brand">{t("detail.subscale", { name: item.subscale })}</Badge> : null}
                    {item.reverseKeyed ? <Badge tone="warning">{t("detail.reverse")}</Badge> : null}
                  </div>
                  {item.section ? (
                    <p className="mt-1 text-xs text-stone-600">{t("detail.section", { name: item.section })}</p>
                  ) : null}
                  {item.options.length ? (
                    <p className="mt-1 text-xs text-stone-600">{t("detail.options", { list: f.list(item.options) })}</p>
                  ) : null}
                  {draft && data.canManage ? (
                    <EditItem itemId={item.id} position={item.position} prompt={item.prompt} />
                  ) : null}
                </li>
              ))}
            </ol>
          </Card>
        )}

        {draft && data.canManage ? (
          <Card aria-labelledby="add-heading">
            <CardHeader id="add-heading" title={t("addItem.heading")} />
            <AddItemForm surveyId={survey.id} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
