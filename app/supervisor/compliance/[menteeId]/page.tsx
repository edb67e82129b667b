import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContactHistory } from "@/components/contacts/contact-history";
import { CadenceBadge } from "@/components/contacts/status-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getMenteeContacts } from "@/lib/contacts/queries";

export async function generateMetadata() {
  const tm = await getTranslations("contacts.compliance");
  return { title: tm("historyTitle") };
}

export default async function SupervisorMenteeContacts({ params }: { params: Promise<{ menteeId: string }> }) {
  const { menteeId } = await params;
  const { actor } = await requireRole("SUPERVISOR", `/supervisor/compliance/${menteeId}`);
  const history = await getMenteeContacts(actor, menteeId);
  if (!history) notFound();
  const t = await getTranslations("contacts.compliance");
  return (
    <>
      <PageHeader title={history.mentee.name} description={t("historyIntro", { pair: history.pairLabel })} />
      <Card>
        <div className="mb-3">
          <CadenceBadge status={history.status} />
        </div>
        <ContactHistory contacts={history.contacts} timeZone={history.timeZone} />
      </Card>
    </>
  );
}
