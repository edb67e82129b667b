import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CohortHeader } from "@/components/cohorts/cohort-tabs";
import { EditPersonForm } from "@/components/people/edit-person-form";
import { RevokeInvitation } from "@/components/people/revoke-invitation";
import { SendLinkForm } from "@/components/staff/staff-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { getCohortSettings, getPersonPage, requireCohortCoordinator } from "@/lib/cohorts/queries";

export async function generateMetadata() {
  const t = await getTranslations("roster.page");
  return { title: t("title") };
}

/** One person of the cohort (issue 10, item 2): details, place in the cohort, account, corrections. */
export default async function PersonPage({ params }: { params: Promise<{ cohortId: string; membershipId: string }> }) {
  const { cohortId, membershipId } = await params;
  const actor = await requireCohortCoordinator(cohortId);
  const [cohort, person, t] = await Promise.all([
    getCohortSettings(actor),
    getPersonPage(actor, membershipId),
    getTranslations("roster.page"),
  ]);
  if (!cohort || !person) notFound();
  const closed = cohort.status === "CLOSED";
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-sm text-stone-900">{value}</dd>
    </div>
  );
  return (
    <>
      <CohortHeader cohort={cohort} current="/people" />
      <p className="mb-2 text-sm">
        <Link
          href={`/coordinator/cohorts/${cohort.id}/people`}
          className="text-brand-700 font-medium underline underline-offset-2"
        >
          {t("person.back")}
        </Link>
      </p>
      <h2 className="mb-4 text-xl font-semibold text-stone-900">
        <bdi>{person.user.name}</bdi>
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="person-details">
          <CardHeader id="person-details" title={t("person.details")} />
          <dl className="divide-y divide-stone-100">
            {row(
              t("person.email"),
              <span dir="ltr" className="break-all">
                {person.user.email}
              </span>,
            )}
            {person.user.phone ? row(t("person.phone"), <span dir="ltr">{person.user.phone}</span>) : null}
            {row(
              t("person.studentNumber"),
              person.studentNumber ? <span dir="ltr">{person.studentNumber}</span> : t("person.noStudentNumber"),
            )}
            {row(
              t("person.inCohort"),
              <span className="flex flex-wrap gap-1.5">
                <Badge
                  tone={
                    person.role === "MENTOR" ? (person.phase === "CLINICAL" ? "clinical" : "preclinical") : "neutral"
                  }
                >
                  {person.phase ? t(`phase.${person.phase}`) : t(`role.${person.role}`)}
                </Badge>
                <Badge
                  tone={person.status === "ACTIVE" ? "success" : person.status === "DECLINED" ? "danger" : "neutral"}
                >
                  {t(`status.${person.status}`)}
                </Badge>
              </span>,
            )}
            {person.role === "MENTEE" || person.role === "MENTOR"
              ? row(
                  t("person.group"),
                  person.group ? (
                    <Link
                      href={`/coordinator/cohorts/${cohort.id}/groups`}
                      className="text-brand-700 underline underline-offset-2"
                    >
                      {person.group.label}
                    </Link>
                  ) : (
                    t("person.noGroup")
                  ),
                )
              : null}
            {person.yearOfStudy ? row(t("person.year"), person.yearOfStudy) : null}
            {row(
              t("person.account"),
              person.account === "signed-up"
                ? t("person.signedUp")
                : person.account === "invited"
                  ? t("person.notSignedUp")
                  : t("person.noInvitation"),
            )}
            {row(
              t("person.otherCohorts"),
              person.elsewhere.length === 0 ? (
                t("person.none")
              ) : (
                <ul className="space-y-1">
                  {person.elsewhere.map((m) => (
                    <li key={m.id}>
                      <Link
                        href={`/coordinator/cohorts/${m.cohort.id}/people/${m.id}`}
                        className="text-brand-700 underline underline-offset-2"
                      >
                        {m.cohort.name}
                      </Link>{" "}
                      · {t(`role.${m.role}`)} · {t(`status.${m.status}`)}
                    </li>
                  ))}
                </ul>
              ),
            )}
          </dl>
          {!closed ? (
            <div className="mt-4 flex flex-wrap items-start gap-3 border-t border-stone-100 pt-4">
              {person.account === "invited" ? (
                <RevokeInvitation membershipId={person.id} name={person.user.name} />
              ) : null}
              <SendLinkForm membershipId={person.id} name={person.user.name} />
            </div>
          ) : null}
        </Card>
        <Card aria-labelledby="person-edit">
          <CardHeader id="person-edit" title={t("person.edit.title")} />
          <EditPersonForm
            membershipId={person.id}
            initial={{ name: person.user.name, email: person.user.email, studentNumber: person.studentNumber ?? "" }}
          />
        </Card>
      </div>
    </>
  );
}
