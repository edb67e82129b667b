import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FirstRunForm } from "@/components/first-run/first-run-form";
import { firstRunOpen } from "@/lib/first-run/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("firstRun");
  return { title: t("title"), robots: { index: false } };
}

/** Open only while the database has no coordinator (issue 10, item 1); afterwards: not found. */
export default async function FirstRunPage() {
  if (!(await firstRunOpen())) notFound();
  const t = await getTranslations("firstRun");
  return (
    <>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      <FirstRunForm />
    </>
  );
}
