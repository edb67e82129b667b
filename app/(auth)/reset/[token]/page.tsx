import { getTranslations } from "next-intl/server";
import { ResetForm } from "@/components/auth/reset-form";

export async function generateMetadata() {
  const t = await getTranslations("account.reset");
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" as const };
}

/** The token is checked when the form is sent (publicAction), so this page reveals nothing about it. */
export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("account.reset");
  return (
    <>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      <ResetForm token={token} />
    </>
  );
}
