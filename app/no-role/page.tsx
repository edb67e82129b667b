import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata() {
  const t = await getTranslations("errors.noRole");
  return { title: t("metaTitle") };
}

export default function NoRole() {
  const t = useTranslations("errors.noRole");
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("body")}</p>
      <p className="mt-4 text-stone-600">{t("apply")}</p>
      <Link
        href="/apply"
        className="bg-brand-600 hover:bg-brand-700 mt-4 inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-white"
      >
        {t("applyLink")}
      </Link>
      <br />
      <Link href="/logout" className="text-brand-700 mt-6 inline-block font-medium underline">
        {t("signOut")}
      </Link>
    </main>
  );
}
