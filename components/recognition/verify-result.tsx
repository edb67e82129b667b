import { Card } from "@/components/ui/card";
import { requestTranslator } from "@/lib/i18n/server";
import type { verifyCertificate } from "@/lib/recognition/queries";
import { hoursOf } from "@/lib/recognition/rules";

type Result = Awaited<ReturnType<typeof verifyCertificate>>;

/** The public answer for a code: genuine (name, programme, hours) or not found. Nothing else. */
export async function VerifyResult({ result }: { result: Result }) {
  const tr = await requestTranslator();
  const t = tr.t;
  if (!result)
    return (
      <div role="status" className="rounded-xl border border-red-200 bg-red-50 p-4 text-red-900">
        {t("recognition.verify.notFound")}
      </div>
    );
  return (
    <Card aria-labelledby="v-ok" className="border-emerald-300">
      <h2 id="v-ok" className="mb-3 text-lg font-semibold text-emerald-800">
        {t("recognition.verify.genuine")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="text-stone-600">{t("recognition.verify.name")}</dt>
        <dd className="font-medium">
          <bdi>{result.name}</bdi>
        </dd>
        <dt className="text-stone-600">{t("recognition.verify.programme")}</dt>
        <dd>
          <bdi>{result.programme}</bdi>
        </dd>
        <dt className="text-stone-600">{t("recognition.verify.hours")}</dt>
        <dd>{t("recognition.hoursValue", { hours: hoursOf(result.minutes) })}</dd>
        <dt className="text-stone-600">{t("recognition.verify.code")}</dt>
        <dd dir="ltr" className="font-mono">
          {result.code}
        </dd>
      </dl>
    </Card>
  );
}
