import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DecideErasureButtons } from "@/components/data-rights/forms";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getDataRights } from "@/lib/data-rights/queries";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("dataRights.supervisor");
  return { title: t("title") };
}

export default async function SupervisorDataRightsPage() {
  const { actor, membership } = await requireRole("SUPERVISOR", "/supervisor/data-rights");
  const data = await getDataRights(actor);
  if (!data) notFound();
  const t = await getTranslations("dataRights.supervisor");
  const f = await requestFormatter(membership.cohort.timeZone);
  const open = data.requests.filter((r) => r.status === "REQUESTED");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card aria-labelledby="open-heading">
        <CardHeader id="open-heading" title={t("waiting")} />
        {open.length === 0 ? (
          <p className="text-sm text-stone-600">{t("nothing")}</p>
        ) : (
          <ul aria-label={t("waitingList")} className="divide-y divide-stone-200 text-sm">
            {open.map((r) => (
              <li key={r.id} className="space-y-2 py-3">
                <p>
                  {t.rich("item", {
                    kind: r.kind,
                    name: r.subject?.name ?? "",
                    person: (chunks) => (
                      <strong>
                        <bdi>{chunks}</bdi>
                      </strong>
                    ),
                    when: f.dateTime(r.requestedAt),
                    reason: r.reason,
                  })}
                </p>
                <DecideErasureButtons requestId={r.id} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
