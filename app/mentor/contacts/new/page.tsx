import { getTranslations } from "next-intl/server";
import { LogContactForm } from "@/components/contacts/log-contact-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getLogContactForm } from "@/lib/contacts/queries";
import { TARGET_EACH, TARGET_GROUP } from "@/lib/contacts/schemas";

export async function generateMetadata() {
  const tm = await getTranslations("contacts.form");
  return { title: tm("label") };
}

export default async function LogContactPage({ searchParams }: { searchParams: Promise<{ mentee?: string }> }) {
  const { actor } = await requireRole("MENTOR", "/mentor/contacts/new");
  const form = await getLogContactForm(actor);
  const t = await getTranslations("contacts");
  if (!form) {
    return (
      <>
        <PageHeader title={t("form.label")} />
        <EmptyState title={t("compliance.notPublished")} />
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
      <PageHeader
        title={t("form.label")}
        description={t("compliance.timesIn", { group: form.label, zone: form.timeZone.replace("_", " ") })}
      />
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
