"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Unexpected errors: a calm message and the reference the server logged (no details). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.error");
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("body")}</p>
      {error.digest ? (
        <p className="mt-2 text-stone-600">
          {t.rich("reference", {
            digest: error.digest,
            code: (chunks) => (
              <code dir="ltr" className="rounded bg-stone-100 px-1">
                {chunks}
              </code>
            ),
          })}
        </p>
      ) : null}
      <Button className="mt-6" onClick={reset}>
        {t("retry")}
      </Button>
    </main>
  );
}
