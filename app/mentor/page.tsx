import { AgreementCard } from "@/components/pairing/agreement-card";
import { PersonCard } from "@/components/shell/person-card";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { daysAgo, formatDate } from "@/lib/format";
import { getMentorHome } from "@/lib/pairing/queries";
import { getAgreementCard } from "@/lib/pairing/setup-queries";

export const metadata = { title: "My group" };

export default async function MentorHome() {
  const { actor, membership } = await requireRole("MENTOR", "/mentor");
  const home = await getMentorHome(actor);
  if (!home) {
    return (
      <>
        <PageHeader title="My group" />
        <EmptyState title="Your group is not published yet">
          The coordinators are forming pairs and groups. You will see your co-mentor and mentees here once they publish them.
        </EmptyState>
      </>
    );
  }
  const tz = membership.cohort.timeZone;
  return (
    <>
      <PageHeader
        title={home.label}
        description={`You are the ${home.myPhase === "CLINICAL" ? "clinical" : "preclinical"} mentor of this group, together with your co-mentor.`}
      />
      <AgreementCard card={await getAgreementCard(actor, "MENTOR")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <section aria-labelledby="partner-heading">
          <h2 id="partner-heading" className="mb-3 text-lg font-semibold">
            Your co-mentor
          </h2>
          <PersonCard person={home.partner} />
        </section>
        <Card aria-labelledby="group-heading">
          <CardHeader id="group-heading" title={`Mentees (${home.mentees.length})`} description="Last contact counts calls, emails and meetings by either of you." />
          {home.mentees.length === 0 ? (
            <EmptyState title="No mentees in your group yet" />
          ) : (
            <ul className="divide-y divide-stone-100" aria-label="Mentees">
              {home.mentees.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <div>
                    <p className="font-medium text-stone-900">{m.name}</p>
                    <p className="text-sm text-stone-600">
                      {m.lastContactAt ? (
                        <>
                          Last contact {daysAgo(m.lastContactAt)} <span className="text-stone-400">({formatDate(m.lastContactAt, tz)})</span>
                        </>
                      ) : (
                        "No contact yet"
                      )}
                    </p>
                  </div>
                  <div className="flex gap-2 text-sm">
                    {m.phone ? (
                      <a className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 font-medium text-brand-700 hover:bg-brand-50" href={`tel:${m.phone.replace(/[^+0-9]/g, "")}`}>
                        Call <span className="sr-only">{m.name}</span>
                      </a>
                    ) : null}
                    <a className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 font-medium text-brand-700 hover:bg-brand-50" href={`mailto:${m.email}`}>
                      Email <span className="sr-only">{m.name}</span>
                    </a>
                    <a className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 font-medium text-brand-700 hover:bg-brand-50" href={`/mentor/referrals/new?mentee=${m.id}`}>
                      Refer <span className="sr-only">{m.name}</span>
                    </a>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
