import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { Card, PageHeader } from "@/components/ui/card";
import type { Formatter } from "@/lib/i18n/format";
import type { getSurveyToAnswer } from "@/lib/surveys/queries";
import { AnswerForm, type AnswerItem } from "./answer-form";

type Data = NonNullable<Awaited<ReturnType<typeof getSurveyToAnswer>>>;

/** A survey to answer (or, closed, a thank-you): the caller's own answers only. */
export async function AnswerPage({ data, base, f }: { data: Data; base: string; f: Formatter }) {
  const t = await getTranslations("surveys");
  const { survey } = data;
  return (
    <>
      <Link href={base} className="text-brand-700 mb-2 inline-flex min-h-11 items-center gap-1 text-sm hover:underline">
        <Arrow to="back" /> {t("answer.backToList")}
      </Link>
      <PageHeader
        title={survey.title}
        description={
          <>
            {data.subjectName ? (
              <span className="block font-medium text-stone-800">{t("answer.about", { name: data.subjectName })}</span>
            ) : null}
            {survey.description ? <span className="block">{survey.description}</span> : null}
            <span className="block text-sm">{data.subjectName ? t("answer.aboutHint") : t("answer.confidential")}</span>
          </>
        }
      />
      <Card>
        {data.phase === "open" ? (
          <>
            {data.submittedAt ? (
              <p className="mb-4 text-sm text-stone-700">
                {t("answer.submittedOn", { date: f.dateTime(data.submittedAt) })}
              </p>
            ) : (
              <p className="mb-4 text-sm text-stone-600">{t("answer.closes", { date: f.dateTime(survey.closesAt) })}</p>
            )}
            <AnswerForm
              surveyId={survey.id}
              subjectId={data.subjectId}
              items={survey.items as AnswerItem[]}
              saved={data.answers}
              submitted={!!data.submittedAt}
            />
          </>
        ) : (
          <p className="text-stone-700">{data.phase === "closed" ? t("answer.closedNote") : t("answer.notOpen")}</p>
        )}
      </Card>
    </>
  );
}
