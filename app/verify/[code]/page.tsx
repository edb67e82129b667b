import { VerifyResult } from "@/components/recognition/verify-result";
import { PageHeader } from "@/components/ui/card";
import { requestTranslator } from "@/lib/i18n/server";
import { verifyCertificate } from "@/lib/recognition/queries";

export async function generateMetadata() {
  const tr = await requestTranslator();
  return { title: tr.t("recognition.verify.title") };
}

/** Public: the URL printed on a certificate. */
export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const tr = await requestTranslator();
  const result = await verifyCertificate(decodeURIComponent(code).slice(0, 40));
  return (
    <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-10">
      <PageHeader title={tr.t("recognition.verify.title")} description={tr.t("recognition.verify.description")} />
      <VerifyResult result={result} />
    </main>
  );
}
