import { AgreementCard } from "@/components/pairing/agreement-card";
import { HomeSessions } from "@/components/sessions/home-sessions";
import { PersonCard } from "@/components/shell/person-card";
import { OpenSurveysNotice } from "@/components/surveys/my-surveys";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getMenteeHome } from "@/lib/pairing/queries";
import { getAgreementCard } from "@/lib/pairing/setup-queries";
import { getMySurveys } from "@/lib/surveys/queries";

export const metadata = { title: "My mentors" };

export default async function MenteeHome() {
  const { actor, membership } = await requireRole("MENTEE", "/mentee");
  const home = await getMenteeHome(actor);
  if (!home) {
    return (
      <>
        <PageHeader title="My mentors" />
        <EmptyState title="Your mentors will appear here">
          The coordinators are forming groups. Once they publish them you will see your two mentors here.
        </EmptyState>
      </>
    );
  }
  const tz = membership.cohort.timeZone;
  return (
    <>
      <PageHeader
        title="My mentors"
        description={`${home.label}: you and ${home.groupSize - 1} other first-year students share these two mentors.`}
      />
      <AgreementCard card={await getAgreementCard(actor, "MENTEE")} />
      <OpenSurveysNotice surveys={(await getMySurveys(actor, "MENTEE")) ?? []} href="/mentee/surveys" />
      <section aria-labelledby="mentors-heading" className="mb-8">
        <h2 id="mentors-heading" className="sr-only">
          Your two mentors
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <PersonCard
            person={home.mentors[0]}
            caption="Professional identity, ethics, why basic science matters in the clinic"
          />
          <PersonCard person={home.mentors[1]} caption="First-year courses, study methods and exams" />
        </div>
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <Card aria-labelledby="meetings-heading">
          <CardHeader
            id="meetings-heading"
            title="Your next meetings"
            action={
              <div className="flex flex-wrap gap-2">
                <ButtonLink href="/mentee/book">Book a meeting</ButtonLink>
                <ButtonLink href="/mentee/meetings" variant="secondary">
                  All meetings
                </ButtonLink>
              </div>
            }
          />
          {home.meetings.length === 0 ? (
            <EmptyState title="No meetings booked">
              Book a time your mentors have opened to meet face to face.
            </EmptyState>
          ) : (
            <ul className="space-y-3">
              {home.meetings.map((m) => (
                <li key={m.id} className="rounded-lg bg-stone-50 p-3">
                  <p className="font-medium">{formatDateTime(m.startsAt, tz)}</p>
                  <p className="text-sm text-stone-600">
                    {m.kind === "GROUP" ? "Group meeting" : "One-to-one"} with {m.mentorName} · {m.place}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <HomeSessions actor={actor} role="MENTEE" timeZone={tz} href="/mentee/sessions" />
      </div>
    </>
  );
}
