import { VerifyResult } from "@/components/recognition/verify-result";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { requestTranslator } from "@/lib/i18n/server";
import { verifyCertificate } from "@/lib/recognition/queries";
import { verifyCodeSchema } from "@/lib/recognition/schemas";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("recognition.verify.title") };
}

/** Public: anyone checks a certificate code (no sign-in). */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const tr = await requestTranslator();
  const parsed = verifyCodeSchema.safeParse(await searchParams);
  const code = parsed.success ? parsed.data.code : "";
  const result = code ? await verifyCertificate(code) : undefined;
  return (
    <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-10">
      <PageHeader title={tr.t("recognition.verify.title")} description={tr.t("recognition.verify.description")} />
      <form
        method="get"
        action="/verify"
        className="flex flex-wrap items-end gap-3"
        aria-label={tr.t("recognition.verify.title")}
      >
        <TextField
          id="code"
          name="code"
          label={tr.t("recognition.verify.code")}
          defaultValue={code}
          dir="ltr"
          autoComplete="off"
        />
        <Button type="submit">{tr.t("recognition.verify.submit")}</Button>
      </form>
      {result !== undefined && <VerifyResult result={result} />}
    </main>
  );
}
