import { notFound } from "next/navigation";
import { ContactHistory } from "@/components/contacts/contact-history";
import { CadenceBadge } from "@/components/contacts/status-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getMenteeContacts } from "@/lib/contacts/queries";

export const metadata = { title: "Contact history" };

export default async function SupervisorMenteeContacts({ params }: { params: Promise<{ menteeId: string }> }) {
  const { menteeId } = await params;
  const { actor } = await requireRole("SUPERVISOR", `/supervisor/compliance/${menteeId}`);
  const history = await getMenteeContacts(actor, menteeId);
  if (!history) notFound();
  return (
    <>
      <PageHeader
        title={history.mentee.name}
        description={`${history.pairLabel} · your reading of private notes is recorded in the audit trail`}
      />
      <Card>
        <div className="mb-3">
          <CadenceBadge status={history.status} />
        </div>
        <ContactHistory contacts={history.contacts} timeZone={history.timeZone} />
      </Card>
    </>
  );
}
