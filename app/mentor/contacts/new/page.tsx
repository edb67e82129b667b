import { LogContactForm } from "@/components/contacts/log-contact-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getLogContactForm } from "@/lib/contacts/queries";
import { TARGET_EACH, TARGET_GROUP } from "@/lib/contacts/schemas";

export const metadata = { title: "Log a contact" };

export default async function LogContactPage({ searchParams }: { searchParams: Promise<{ mentee?: string }> }) {
  const { actor } = await requireRole("MENTOR", "/mentor/contacts/new");
  const form = await getLogContactForm(actor);
  if (!form) {
    return (
      <>
        <PageHeader title="Log a contact" />
        <EmptyState title="Your group is not published yet" />
      </>
    );
  }
  const { mentee } = await searchParams;
  const initialTarget =
    mentee && (mentee === TARGET_EACH || mentee === TARGET_GROUP || form.mentees.some((m) => m.id === mentee))
      ? mentee
      : "";
  return (
    <>
      <PageHeader title="Log a contact" description={`${form.label} · times in ${form.timeZone.replace("_", " ")}`} />
      <Card className="max-w-2xl">
        <LogContactForm
          pairId={form.pairId}
          mentees={form.mentees}
          initialTarget={initialTarget}
          nowLocal={form.nowLocal}
          today={form.today}
          endsOn={form.endsOn}
        />
      </Card>
    </>
  );
}
