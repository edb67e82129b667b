import { getTranslations } from "next-intl/server";
import { AgreementCard } from "@/components/pairing/agreement-card";
import { HomeSessions } from "@/components/sessions/home-sessions";
import { PersonCard } from "@/components/shell/person-card";
import { OpenSurveysNotice } from "@/components/surveys/my-surveys";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getMenteeHome } from "@/lib/pairing/queries";
import { getAgreementCard } from "@/lib/pairing/setup-queries";
import { getMySurveys } from "@/lib/surveys/queries";

export async function generateMetadata() {
  const tm = await getTranslations("contacts.menteeHome");
  return { title: tm("title") };
}

export default async function MenteeHome() {
  const { actor, membership } = await requireRole("MENTEE", "/mentee");
  const home = await getMenteeHome(actor);
  const t = await getTranslations("contacts.menteeHome");
  if (!home) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("waiting")}>{t("waitingBody")}</EmptyState>
      </>
    );
  }
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={
          <>
            {t("intro", { group: home.label, others: home.groupSize - 1 })}{" "}
            {home.groupMates.length > 0 ? t("groupMates", { names: f.list(home.groupMates) }) : t("groupAlone")}
          </>
        }
      />
      <AgreementCard card={await getAgreementCard(actor, "MENTEE")} />
      <OpenSurveysNotice surveys={(await getMySurveys(actor, "MENTEE")) ?? []} href="/mentee/surveys" />
      <section aria-labelledby="mentors-heading" className="mb-8">
        <h2 id="mentors-heading" className="sr-only">
          {t("mentors")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <PersonCard person={home.mentors[0]} caption={t("clinicalCaption")} />
          <PersonCard person={home.mentors[1]} caption={t("preclinicalCaption")} />
        </div>
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <Card aria-labelledby="meetings-heading">
          <CardHeader
            id="meetings-heading"
            title={t("meetings")}
            action={
              <div className="flex flex-wrap gap-2">
                <ButtonLink href="/mentee/book">{t("book")}</ButtonLink>
                <ButtonLink href="/mentee/meetings" variant="secondary">
                  {t("allMeetings")}
                </ButtonLink>
              </div>
            }
          />
          {home.meetings.length === 0 ? (
            <EmptyState title={t("noMeetings")}>{t("noMeetingsBody")}</EmptyState>
          ) : (
            <ul className="space-y-3">
              {home.meetings.map((m) => (
                <li key={m.id} className="rounded-lg bg-stone-50 p-3">
                  <p className="font-medium">{f.dateTime(m.startsAt)}</p>
                  <p className="text-sm text-stone-600">
                    {t("meetingLine", { kind: m.kind, name: m.mentorName, place: m.place })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <HomeSessions actor={actor} role="MENTEE" timeZone={membership.cohort.timeZone} href="/mentee/sessions" />
      </div>
    </>
  );
}
