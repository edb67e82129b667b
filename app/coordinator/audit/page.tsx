import { AuditTrailPage } from "@/components/audit/audit-trail";
import { requestTranslator } from "@/lib/i18n/server";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("audit.title") };
}

export default function CoordinatorAuditPage({
  searchParams,
}: {
  searchParams: Promise<{ area?: string; before?: string }>;
}) {
  return <AuditTrailPage role="COORDINATOR" searchParams={searchParams} />;
}
