import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CohortHeader } from "@/components/cohorts/cohort-tabs";
import { BalanceCard } from "@/components/pairing/balance-report";
import { GroupsSection, UnassignedCard } from "@/components/pairing/group-card";
import { MenteesCard } from "@/components/pairing/mentee-forms";
import { MentorLoadCard } from "@/components/pairing/mentor-load";
import { PairsCard } from "@/components/pairing/pair-forms";
import { getCohortSettings, requireCohortCoordinator } from "@/lib/cohorts/queries";
import { requestFormatter } from "@/lib/i18n/server";
import { getGroupsBoard } from "@/lib/pairing/setup-queries";

export async function generateMetadata() {
  const t = await getTranslations("pairing.page");
  return { title: t("title") };
}

export default async function GroupsPage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<{ q?: string; show?: string; page?: string; upage?: string }>;
}) {
  const { cohortId } = await params;
  const sp = await searchParams;
  const actor = await requireCohortCoordinator(cohortId);
  const [cohort, board] = await Promise.all([
    getCohortSettings(actor),
    getGroupsBoard(actor, { q: sp.q, show: sp.show, page: Number(sp.page) || 1, upage: Number(sp.upage) || 1 }),
  ]);
  if (!cohort || !board) notFound();
  const base = `/coordinator/cohorts/${cohort.id}/groups`;
  const t = await getTranslations("pairing.page");
  const f = await requestFormatter(cohort.timeZone);
  const state = { board, closed: cohort.status === "CLOSED", published: !!board.cohort.groupsPublishedAt };
  return (
    <>
      <CohortHeader cohort={cohort} current="/groups" />
      <p className="mb-6 max-w-prose text-stone-700">
        {board.cohort.groupsPublishedAt ? t("published", { date: f.date(board.cohort.groupsPublishedAt) }) : t("draft")}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <PairsCard cohortId={cohort.id} {...state} />
        <MenteesCard cohortId={cohort.id} {...state} />
      </div>
      <BalanceCard cohortId={cohort.id} {...state} />
      <GroupsSection base={base} {...state} />
      <UnassignedCard base={base} {...state} />
      <MentorLoadCard {...state} />
    </>
  );
}
