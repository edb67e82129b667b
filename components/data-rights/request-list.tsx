import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { Formatter } from "@/lib/i18n/format";

export async function RequestList({
  requests,
  f,
}: {
  requests: {
    id: string;
    kind: string;
    status: string;
    reason: string;
    requestedAt: Date;
    subject: { name: string } | null;
  }[];
  f: Formatter;
}) {
  const t = await getTranslations("dataRights.requests");
  return (
    <Card aria-labelledby="requests-heading">
      <CardHeader id="requests-heading" title={t("heading")} />
      {requests.length === 0 ? (
        <p className="text-sm text-stone-600">{t("none")}</p>
      ) : (
        <ul aria-label={t("list")} className="divide-y divide-stone-200 text-sm">
          {requests.map((r) => (
            <li key={r.id} className="py-2">
              {t.rich("item", {
                kind: r.kind,
                name: r.subject?.name ?? t("deletedPerson"),
                person: (chunks) => <bdi>{chunks}</bdi>,
                status: r.status,
                when: f.dateTime(r.requestedAt),
                reason: r.reason,
              })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
