import { notFound } from "next/navigation";
import { ContactHistory } from "@/components/contacts/contact-history";
import { CadenceBadge } from "@/components/contacts/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getMenteeContacts } from "@/lib/contacts/queries";

export const metadata = { title: "Contact history" };

export default async function MenteeContactsPage({ params }: { params: Promise<{ menteeId: string }> }) {
  const { menteeId } = await params;
  const { actor } = await requireRole("MENTOR", `/mentor/contacts/${menteeId}`);
  const history = await getMenteeContacts(actor, menteeId);
  if (!history) notFound();
  return (
    <>
      <PageHeader
        title={history.mentee.name}
        description={`${history.pairLabel} · contacts by you and your co-mentor`}
        action={<ButtonLink href={`/mentor/contacts/new?mentee=${history.mentee.id}`}>Log contact</ButtonLink>}
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
