import { getTranslations } from "next-intl/server";
import { ForgotForm } from "@/components/auth/forgot-form";

export async function generateMetadata() {
  const t = await getTranslations("account.forgot");
  return { title: t("title"), robots: { index: false } };
}

export default async function ForgotPage() {
  const t = await getTranslations("account.forgot");
  return (
    <>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      <ForgotForm />
    </>
  );
}
