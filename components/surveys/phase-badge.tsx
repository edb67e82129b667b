import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { SurveyPhase } from "@/lib/surveys/rules";

const TONE = { draft: "neutral", scheduled: "warning", open: "success", closed: "brand" } as const;

export function SurveyPhaseBadge({ phase }: { phase: SurveyPhase }) {
  const t = useTranslations("surveys");
  return <Badge tone={TONE[phase]}>{t(`phase.${phase}`)}</Badge>;
}
