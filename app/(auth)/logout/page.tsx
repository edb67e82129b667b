import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LogoutButton } from "@/components/auth/logout-button";

export async function generateMetadata() {
  const t = await getTranslations("auth.signOut");
  return { title: t("title") };
}

export default function LogoutPage() {
  const t = useTranslations("auth.signOut");
  return (
    <>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      <LogoutButton />
    </>
  );
}
