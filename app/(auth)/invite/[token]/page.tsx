import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { InvitationForm } from "@/components/people/invitation-form";
import { getInvitation } from "@/lib/people/queries";

export async function generateMetadata() {
  const t = await getTranslations("invite");
  return { title: t("title"), robots: { index: false } };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation(token);
  const t = await getTranslations("invite");
  if (!invitation) {
    return (
      <>
        <h1 className="text-xl font-semibold">{t("gone.title")}</h1>
        <p className="mt-2 text-sm text-stone-600">{t("gone.body")}</p>
        <Link href="/login" className="text-brand-700 mt-4 inline-flex min-h-11 items-center font-medium underline">
          {t("gone.signIn")}
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-semibold">{t("welcome", { name: invitation.name })}</h1>
      <p className="mt-1 text-sm text-stone-600">
        {t.rich("intro", {
          email: () => (
            <span className="font-medium break-all" dir="ltr">
              {invitation.email}
            </span>
          ),
        })}
      </p>
      <InvitationForm token={token} email={invitation.email} />
    </>
  );
}
