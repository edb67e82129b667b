import Link from "next/link";
import { AgreementCard } from "@/components/pairing/agreement-card";
import { channelLabel, shortDay, topicsLabel } from "@/components/contacts/labels";
import { CadenceBadge } from "@/components/contacts/status-badge";
import { PersonCard } from "@/components/shell/person-card";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { daysAgo, formatDate, formatDateTime } from "@/lib/format";
import { getMentorHome } from "@/lib/pairing/queries";
import { getAgreementCard } from "@/lib/pairing/setup-queries";
import { OpenSurveysNotice } from "@/components/surveys/my-surveys";
import { getMySurveys } from "@/lib/surveys/queries";

export const metadata = { title: "My group" };

const small =
  "inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50";

export default async function MentorHome() {
  const { actor } = await requireRole("MENTOR", "/mentor");
  const home = await getMentorHome(actor);
  if (!home) {
    return (
      <>
        <PageHeader title="My group" />
        <EmptyState title="Your group is not published yet">
          The coordinators are forming pairs and groups. You will see your co-mentor and mentees here once they publish
          them.
        </EmptyState>
      </>
    );
  }
  const tz = home.timeZone;
  const overdue = home.mentees.filter((m) => m.status.kind === "overdue").length;
  return (
    <>
      <PageHeader
        title={home.label}
        description={`You are the ${home.myPhase === "CLINICAL" ? "clinical" : "preclinical"} mentor of this group, together with your co-mentor.`}
        action={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/mentor/contacts/new">Log a contact</ButtonLink>
            <ButtonLink href="/mentor/contacts/new?mentee=EACH" variant="secondary">
              Called everyone
            </ButtonLink>
          </div>
        }
      />
      <OpenSurveysNotice surveys={(await getMySurveys(actor, "MENTOR")) ?? []} href="/mentor/surveys" />
      <AgreementCard card={await getAgreementCard(actor, "MENTOR")} />
      <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
        <Card aria-labelledby="group-heading">
          <CardHeader
            id="group-heading"
            title={`Mentees (${home.mentees.length})`}
            description={
              overdue > 0
                ? `${overdue} overdue. A contact by either of you counts; unanswered calls do not reset the clock.`
                : "Everyone is on track. A contact by either of you counts."
            }
          />
          {home.mentees.length === 0 ? (
            <EmptyState title="No mentees in your group yet" />
          ) : (
            <ul className="divide-y divide-stone-100" aria-label="Mentees">
              {home.mentees.map((m) => (
                <li key={m.id} className="space-y-2 py-3" aria-label={m.name}>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link
                      href={`/mentor/contacts/${m.id}`}
                      className="font-medium text-stone-900 underline-offset-2 hover:underline"
                    >
                      {m.name}
                    </Link>
                    <CadenceBadge status={m.status} />
                  </div>
                  <p className="text-sm text-stone-600">
                    {m.lastContactAt ? (
                      <>
                        Last contact {daysAgo(m.lastContactAt)}{" "}
                        <span className="text-stone-500">({formatDate(m.lastContactAt, tz)})</span>
                      </>
                    ) : (
                      "No contact yet"
                    )}
                    {m.status.nextDueOn ? <> · next due {shortDay(m.status.nextDueOn)}</> : null}
                  </p>
                  <div className="flex flex-wrap gap-2">
                    <ButtonLink href={`/mentor/contacts/new?mentee=${m.id}`} className="min-h-11">
                      Log contact <span className="sr-only">with {m.name}</span>
                    </ButtonLink>
                    {m.phone ? (
                      <a className={small} href={`tel:${m.phone.replace(/[^+0-9]/g, "")}`}>
                        Call <span className="sr-only">{m.name}</span>
                      </a>
                    ) : null}
                    <a className={small} href={`mailto:${m.email}`}>
                      Email <span className="sr-only">{m.name}</span>
                    </a>
                    <Link className={small} href={`/mentor/referrals/new?mentee=${m.id}`}>
                      Refer <span className="sr-only">{m.name}</span>
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="space-y-6">
          <section aria-labelledby="partner-heading">
            <h2 id="partner-heading" className="mb-3 text-lg font-semibold">
              Your co-mentor
            </h2>
            <PersonCard person={home.partner} />
          </section>
          <Card aria-labelledby="timeline-heading">
            <CardHeader
              id="timeline-heading"
              title="Recent contacts"
              description="Yours and your co-mentor's, newest first."
            />
            {home.timeline.length === 0 ? (
              <EmptyState title="No contacts logged yet" />
            ) : (
              <ol className="space-y-3" aria-label="Recent contacts">
                {home.timeline.map((c) => (
                  <li key={c.id} className="text-sm">
                    <p className="font-medium text-stone-900">
                      {c.byMe ? "You" : c.mentorName} · {channelLabel(c.channel, c.outcome)} ·{" "}
                      {c.mentee ?? "whole group"}
                    </p>
                    <p className="text-stone-600">
                      {formatDateTime(c.occurredAt, tz)}
                      {c.minutes ? ` · ${c.minutes} min` : ""}
                      {c.topics.length ? ` · ${topicsLabel(c.topics)}` : ""}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
