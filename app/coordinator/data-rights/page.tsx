import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RequestErasureForm, RetentionForm } from "@/components/data-rights/forms";
import { RequestList } from "@/components/data-rights/request-list";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getDataRights } from "@/lib/data-rights/queries";
import { requestFormatter } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("dataRights.coordinator");
  return { title: t("title") };
}

export default async function CoordinatorDataRightsPage() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/data-rights");
  const data = await getDataRights(actor);
  if (!data) notFound();
  const t = await getTranslations("dataRights.coordinator");
  const tr = await getTranslations("shell.role");
  const f = await requestFormatter(membership.cohort.timeZone);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card className="max-w-xl" aria-labelledby="erase-heading">
          <CardHeader id="erase-heading" title={t("askHeading")} />
          <RequestErasureForm
            people={data.people.map((p) => ({
              id: p.id,
              label: t("person", { name: p.user.name, role: tr(p.role), email: p.user.email }),
            }))}
          />
        </Card>
        <Card className="max-w-xl" aria-labelledby="retention-heading">
          <CardHeader id="retention-heading" title={t("retentionHeading")} description={t("retentionDescription")} />
          <RetentionForm years={data.retentionYears} />
        </Card>
        <RequestList requests={data.requests} f={f} />
      </div>
    </>
  );
}
