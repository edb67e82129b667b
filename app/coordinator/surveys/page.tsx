import { getTranslations } from "next-intl/server";
import { CreateSurveyForm } from "@/components/surveys/create-survey-form";
import { Semesters } from "@/components/surveys/semesters";
import { SurveyList } from "@/components/surveys/survey-list";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { clock } from "@/lib/clock";
import { requestFormatter } from "@/lib/i18n/server";
import { getSemesters, getSurveyList } from "@/lib/surveys/queries";
import { addLocalDays, localDate, localToDbDate } from "@/lib/time";

export async function generateMetadata() {
  const t = await getTranslations("surveys");
  return { title: t("title") };
}

export default async function CoordinatorSurveysPage() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/surveys");
  const t = await getTranslations("surveys");
  const [surveys, semesters] = await Promise.all([getSurveyList(actor, "COORDINATOR"), getSemesters(actor)]);
  if (!surveys) return <EmptyState title={t("noCohort")} />;
  const f = await requestFormatter(membership.cohort.timeZone);
  const today = localDate(clock(), membership.cohort.timeZone);
  return (
    <>
      <PageHeader title={t("title")} description={t("list.description")} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card aria-labelledby="list-heading">
          <CardHeader id="list-heading" title={t("list.heading")} />
          <SurveyList surveys={surveys} base="/coordinator/surveys" f={f} />
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="new-heading">
            <CardHeader id="new-heading" title={t("create.heading")} />
            <CreateSurveyForm today={today} inTwoWeeks={addLocalDays(today, 13)} />
          </Card>
          <Card aria-labelledby="semesters-heading">
            <CardHeader
              id="semesters-heading"
              title={t("semesters.heading")}
              description={t("semesters.description")}
            />
            <Semesters
              base="/coordinator/surveys"
              semesters={(semesters ?? []).map((s) => ({
                id: s.id,
                label: s.label,
                dates: `${f.day(s.startsOn)} – ${f.day(s.endsOn)}`,
                survey: s.survey,
                opens: f.day(localToDbDate(s.opensOn)),
              }))}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
