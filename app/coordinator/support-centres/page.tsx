import { getTranslations } from "next-intl/server";
import { CentreForm, CopyCentresForm, DeleteCentreForm } from "@/components/support-centres/centre-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getSupportCentresForCoordinator } from "@/lib/support-centres/queries";

export async function generateMetadata() {
  const t = await getTranslations("centres");
  return { title: t("title") };
}

export default async function SupportCentres() {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/support-centres");
  const data = await getSupportCentresForCoordinator(actor);
  const t = await getTranslations("centres");
  const tc = await getTranslations("centres.category");
  if (!data) return <EmptyState title={t("unavailable")} />;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="directory-heading">
          <h2 id="directory-heading" className="mb-3 text-lg font-semibold">
            {t("directory", { count: data.centres.length })}
          </h2>
          {data.centres.length === 0 ? (
            <EmptyState title={t("empty")}>{t("emptyText")}</EmptyState>
          ) : (
            <ul aria-label={t("list")} className="space-y-3">
              {data.centres.map((c) => (
                <li key={c.id}>
                  <Card>
                    <div className="flex flex-wrap items-center gap-2">
                      <h3 className="font-semibold text-stone-900">
                        <bdi>{c.name}</bdi>
                      </h3>
                      <Badge>{tc(c.category)}</Badge>
                      {c.emergency ? <Badge tone="danger">{t("emergency")}</Badge> : null}
                    </div>
                    {c.contact ? (
                      <p className="mt-1 text-sm text-stone-800" dir="auto">
                        {c.contact}
                      </p>
                    ) : null}
                    {c.hours ? (
                      <p className="text-sm text-stone-600">
                        {t.rich("hours", { hours: c.hours, b: (chunks) => <bdi>{chunks}</bdi> })}
                      </p>
                    ) : null}
                    {c.howToRefer ? (
                      <p className="mt-1 text-sm text-stone-700" dir="auto">
                        {c.howToRefer}
                      </p>
                    ) : null}
                    <p className="mt-1 text-xs text-stone-600">{t("forwarded", { count: c.referralCount })}</p>
                    <details className="mt-3">
                      <summary className="text-brand-700 inline-flex min-h-11 cursor-pointer items-center text-sm font-medium">
                        {t.rich("edit", { name: c.name, b: (chunks) => <bdi>{chunks}</bdi> })}
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
            <CardHeader title={t("add")} />
            <CentreForm />
          </Card>
          {data.earlierCohorts.length > 0 ? (
            <Card>
              <CardHeader title={t("copyTitle")} description={t("copyText")} />
              <CopyCentresForm toCohortId={data.cohortId} cohorts={data.earlierCohorts} />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
