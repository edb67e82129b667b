import { getTranslations } from "next-intl/server";
import { CohortLink } from "@/components/ui/cohort-link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import type { Formatter } from "@/lib/i18n/format";
import type { SurveyPhase } from "@/lib/surveys/rules";
import { SurveyPhaseBadge } from "./phase-badge";

export interface ListedSurvey {
  id: string;
  title: string;
  audience: "EVERYONE" | "MENTORS" | "MENTEES";
  aboutMentors: boolean;
  opensAt: Date;
  closesAt: Date;
  phase: SurveyPhase;
  responses: number;
  itemCount: number;
}

/** The cohort's surveys for staff, each a link to its page. */
export async function SurveyList({ surveys, base, f }: { surveys: ListedSurvey[]; base: string; f: Formatter }) {
  const t = await getTranslations("surveys");
  if (surveys.length === 0) return <EmptyState title={t("list.empty")}>{t("list.emptyHint")}</EmptyState>;
  return (
    <ul className="divide-y divide-stone-100" aria-label={t("list.heading")}>
      {surveys.map((s) => (
        <li key={s.id} className="py-3">
          <div className="flex flex-wrap items-center gap-2">
            <CohortLink
              href={`${base}/${s.id}`}
              className="text-brand-700 min-h-11 content-center font-medium hover:underline"
            >
              {s.title}
            </CohortLink>
            <SurveyPhaseBadge phase={s.phase} />
            {s.aboutMentors ? <Badge tone="clinical">{t("list.feedback")}</Badge> : null}
          </div>
          <p className="text-sm text-stone-600">
            {t(`audience.${s.audience}`)} ·{" "}
            {t("list.window", { from: f.date(s.opensAt), to: f.date(new Date(s.closesAt.getTime() - 1)) })} ·{" "}
            {t("list.questions", { count: s.itemCount })} · {t("list.responses", { count: s.responses })}
          </p>
        </li>
      ))}
    </ul>
  );
}
