import { AuditTrailView } from "@/components/audit/audit-trail";
import { PageHeader } from "@/components/ui/card";
import { getAuditTrail } from "@/lib/audit-trail/queries";
import { parseArea, parseCursor } from "@/lib/audit-trail/rules";
import { requireRole } from "@/lib/auth/session";
import { requestTranslator } from "@/lib/i18n/server";
import { notFound } from "next/navigation";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("audit.title") };
}

export default async function CoordinatorAuditPage({
  searchParams,
}: {
  searchParams: Promise<{ area?: string; before?: string }>;
}) {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/audit");
  const query = await searchParams;
  const area = parseArea(query.area);
  const before = parseCursor(query.before);
  const [trail, tr] = await Promise.all([getAuditTrail(actor, "COORDINATOR", { area, before }), requestTranslator()]);
  if (!trail) notFound();
  return (
    <>
      <PageHeader title={tr.t("audit.title")} description={tr.t("audit.description")} />
      <AuditTrailView
        path="/coordinator/audit"
        entries={trail.entries}
        older={trail.older}
        area={area}
        paged={!!before}
        timeZone={membership.cohort.timeZone}
      />
    </>
  );
}
