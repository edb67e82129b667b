import { useTranslations } from "next-intl";
import Link from "next/link";

export default function Forbidden() {
  const t = useTranslations("errors.forbidden");
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <p className="text-sm font-medium text-red-700">{t("code")}</p>
      <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("body")}</p>
      <Link href="/" className="text-brand-700 mt-6 inline-block font-medium underline">
        {t("home")}
      </Link>
    </main>
  );
}
