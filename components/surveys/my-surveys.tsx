import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import type { Formatter } from "@/lib/i18n/format";
import type { MySurvey } from "@/lib/surveys/queries";

const STATUS_TONE = { new: "warning", draft: "brand", submitted: "success" } as const;

/** The surveys open for a mentor or mentee, with where they stand on each. */
export async function MySurveys({ surveys, base, f }: { surveys: MySurvey[]; base: string; f: Formatter }) {
  const t = await getTranslations("surveys");
  if (surveys.length === 0) return <EmptyState title={t("answer.none")}>{t("answer.noneHint")}</EmptyState>;
  return (
    <ul className="space-y-4">
      {surveys.map((s) => (
        <li key={s.id}>
          <Card aria-labelledby={`survey-${s.id}`}>
            <h2 id={`survey-${s.id}`} className="text-lg font-semibold text-stone-900">
              {s.title}
            </h2>
            {s.description ? <p className="mt-1 text-sm text-stone-700">{s.description}</p> : null}
            <p className="mt-1 text-sm text-stone-600">{t("answer.closes", { date: f.dateTime(s.closesAt) })}</p>
            <ul className="mt-3 space-y-2">
              {s.targets.map((target) => {
                const href = `${base}/${s.id}${target.subjectId ? `?about=${encodeURIComponent(target.subjectId)}` : ""}`;
                const statusKey =
                  target.status === "new" ? "statusNew" : target.status === "draft" ? "statusDraft" : "statusSubmitted";
                const verb = target.status === "new" ? "start" : target.status === "draft" ? "continue" : "change";
                return (
                  <li key={target.subjectId || "self"} className="flex flex-wrap items-center gap-3">
                    {target.name ? (
                      <span className="text-sm font-medium text-stone-800">
                        {t("answer.about", { name: target.name })}
                      </span>
                    ) : null}
                    <Badge tone={STATUS_TONE[target.status]}>{t(`answer.${statusKey}`)}</Badge>
                    <Link
                      href={href}
                      className={buttonClass(target.status === "submitted" ? "secondary" : "primary")}
                      aria-label={
                        target.name
                          ? `${t(`answer.${verb}`)}: ${t("answer.about", { name: target.name })}`
                          : `${t(`answer.${verb}`)}: ${s.title}`
                      }
                    >
                      {t(`answer.${verb}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </Card>
        </li>
      ))}
    </ul>
  );
}

/** A line on a home page: how many open surveys wait, and the way to them. */
export async function OpenSurveysNotice({ surveys, href }: { surveys: MySurvey[]; href: string }) {
  const t = await getTranslations("surveys");
  const waiting = surveys.filter((s) => s.targets.some((x) => x.status !== "submitted")).length;
  if (waiting === 0) return null;
  return (
    <Card aria-labelledby="open-surveys-heading" className="mb-6">
      <h2 id="open-surveys-heading" className="font-semibold text-stone-900">
        {t("answer.homeHeading")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("answer.homeCount", { count: waiting })}</p>
      <Link href={href} className={buttonClass("primary", "mt-3")}>
        {t("answer.homeLink")}
      </Link>
    </Card>
  );
}
