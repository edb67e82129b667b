import { CentreForm, CopyCentresForm, DeleteCentreForm } from "@/components/support-centres/centre-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { LABEL } from "@/lib/format";
import { getSupportCentresForCoordinator } from "@/lib/support-centres/queries";

export const metadata = { title: "Support centres" };

export default async function SupportCentres() {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/support-centres");
  const data = await getSupportCentresForCoordinator(actor);
  if (!data) return <EmptyState title="Not available" />;
  return (
    <>
      <PageHeader
        title="Support centres"
        description="The university's supportive and executive centres that mentors refer to. Emergency contacts are shown to a mentor at once when they file an urgent referral."
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="directory-heading">
          <h2 id="directory-heading" className="mb-3 text-lg font-semibold">
            This year&apos;s directory ({data.centres.length})
          </h2>
          {data.centres.length === 0 ? (
            <EmptyState title="No centres yet">
              Add the counselling centre, the educational affairs office, financial aid and health services, or copy
              last year&apos;s.
            </EmptyState>
          ) : (
            <ul aria-label="Support centres" className="space-y-3">
              {data.centres.map((c) => (
                <li key={c.id}>
                  <Card>
                    <div className="flex flex-wrap items-center gap-2">
                      <h3 className="font-semibold text-stone-900">{c.name}</h3>
                      <Badge>{LABEL.category[c.category]}</Badge>
                      {c.emergency ? <Badge tone="danger">Emergency contact</Badge> : null}
                    </div>
                    {c.contact ? <p className="mt-1 text-sm text-stone-800">{c.contact}</p> : null}
                    {c.hours ? <p className="text-sm text-stone-600">Hours: {c.hours}</p> : null}
                    {c.howToRefer ? <p className="mt-1 text-sm text-stone-700">{c.howToRefer}</p> : null}
                    <p className="mt-1 text-xs text-stone-500">
                      {c.referralCount} referral{c.referralCount === 1 ? "" : "s"} forwarded here
                    </p>
                    <details className="mt-3">
                      <summary className="text-brand-700 inline-flex min-h-11 cursor-pointer items-center text-sm font-medium">
                        Edit {c.name}
                      </summary>
                      <div className="mt-3 space-y-6">
                        <CentreForm centre={c} />
                        {c.referralCount === 0 ? <DeleteCentreForm centreId={c.id} name={c.name} /> : null}
                      </div>
                    </details>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Add a support centre" />
            <CentreForm />
          </Card>
          {data.earlierCohorts.length > 0 ? (
            <Card>
              <CardHeader
                title="Roll over last year's directory"
                description="Copies the centres of an earlier cohort you coordinated; centres already here are kept as they are."
              />
              <CopyCentresForm toCohortId={data.cohortId} cohorts={data.earlierCohorts} />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
