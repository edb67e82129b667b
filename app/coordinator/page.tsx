import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getCohortOverview } from "@/lib/cohorts/queries";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("overview");
  return { title: t("title") };
}

export default async function CoordinatorHome() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator");
  const overview = await getCohortOverview(actor);
  const t = await getTranslations("overview");
  const ts = await getTranslations("cohorts.header.status");
  if (!overview)
    return (
      <EmptyState title={t("noCohort")}>
        {t.rich("noCohortText", {
          link: (chunks) => (
            <Link className="text-brand-700 font-medium underline" href="/coordinator/cohorts">
              {chunks}
            </Link>
          ),
        })}
      </EmptyState>
    );
  const { cohort, people, pairs, groups, referrals } = overview;
  const f = await requestFormatter(membership.cohort.timeZone);
  const openReferrals =
    (referrals.SUBMITTED ?? 0) +
    (referrals.ACKNOWLEDGED ?? 0) +
    (referrals.INFO_REQUESTED ?? 0) +
    (referrals.FORWARDED ?? 0);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", {
          year: cohort.academicYear,
          from: f.day(cohort.startsOn),
          to: f.day(cohort.endsOn),
          size: cohort.groupSize,
          first: cohort.firstIntervalDays,
          last: cohort.lastIntervalDays,
        })}
        action={<Badge tone={cohort.status === "ACTIVE" ? "success" : "neutral"}>{ts(cohort.status)}</Badge>}
      />
      <section aria-labelledby="people-heading" className="mb-8">
        <h2 id="people-heading" className="sr-only">
          {t("people")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Stat label={t("mentorsClinical")} value={f.number(people.mentorsClinical)} />
          <Stat label={t("mentorsPreclinical")} value={f.number(people.mentorsPreclinical)} />
          <Stat label={t("pairs")} value={f.number(pairs.length)} />
          <Stat label={t("groups")} value={f.number(groups)} />
          <Stat
            label={t("mentees")}
            value={f.number(people.mentees)}
            hint={t("menteesHint", { female: people.menteesFemale, assigned: people.menteesAssigned })}
          />
          <Stat label={t("pool")} value={f.number(people.firstYearPool)} />
          <Stat label={t("roleModels")} value={f.number(people.roleModels)} />
          <Stat label={t("openReferrals")} value={f.number(openReferrals)} hint={t("openReferralsHint")} />
        </dl>
      </section>
      <Card aria-labelledby="pairs-heading">
        <CardHeader
          id="pairs-heading"
          title={t("pairsTitle")}
          description={
            cohort.groupsPublishedAt ? t("published", { date: f.day(cohort.groupsPublishedAt) }) : t("draft")
          }
        />
        {pairs.length === 0 ? (
          <EmptyState title={t("noPairs")}>{t("noPairsText")}</EmptyState>
        ) : (
          <>
            {/* Phones: one card per pair instead of a table that scrolls sideways. */}
            <ul aria-label={t("pairsList")} className="divide-y divide-stone-100 sm:hidden">
              {pairs.map((p) => (
                <li key={p.id} className="py-3">
                  <div className="flex items-baseline justify-between gap-2">
                    <bdi className="font-medium">{p.label}</bdi>
                    <span className="text-sm text-stone-600 tabular-nums">
                      {t("menteesOf", { n: p.mentees, size: cohort.groupSize })}
                    </span>
                  </div>
                  <p className="mt-1 text-sm text-stone-700">
                    <span className="text-clinical-700">{t("clinical")}</span> <bdi>{p.clinical}</bdi>
                  </p>
                  <p className="text-sm text-stone-700">
                    <span className="text-preclinical-700">{t("preclinical")}</span> <bdi>{p.preclinical}</bdi>
                  </p>
                </li>
              ))}
            </ul>
            <div className="hidden sm:block">
              <table className="w-full text-start text-sm">
                <thead className="border-b border-stone-200 text-stone-600">
                  <tr>
                    <th scope="col" className="px-4 py-2 text-start font-medium sm:px-2">
                      {t("group")}
                    </th>
                    <th scope="col" className="px-4 py-2 text-start font-medium sm:px-2">
                      {t("clinicalMentor")}
                    </th>
                    <th scope="col" className="px-4 py-2 text-start font-medium sm:px-2">
                      {t("preclinicalMentor")}
                    </th>
                    <th scope="col" className="px-4 py-2 text-end font-medium sm:px-2">
                      {t("menteesColumn")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100">
                  {pairs.map((p) => (
                    <tr key={p.id}>
                      <th scope="row" className="px-4 py-2.5 text-start font-medium sm:px-2">
                        <bdi>{p.label}</bdi>
                      </th>
                      <td className="px-4 py-2.5 sm:px-2">
                        <bdi>{p.clinical}</bdi>
                      </td>
                      <td className="px-4 py-2.5 sm:px-2">
                        <bdi>{p.preclinical}</bdi>
                      </td>
                      <td className="px-4 py-2.5 text-end tabular-nums sm:px-2">
                        {t("menteesOf", { n: p.mentees, size: cohort.groupSize })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Card>
    </>
  );
}
