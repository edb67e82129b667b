import { useTranslations } from "next-intl";

export interface GuidanceCentre {
  id: string;
  name: string;
  contact: string | null;
  hours: string | null;
  howToRefer: string | null;
}

/**
 * Immediate guidance for an urgent referral: the directory's emergency centres, and 112. Before
 * the referral is sent it says what *will* happen when it is (`sent` false); after, what did.
 */
export function EmergencyGuidance({
  centres,
  headingLevel = 2,
  sent = true,
}: {
  centres: GuidanceCentre[];
  headingLevel?: 2 | 3;
  sent?: boolean;
}) {
  const t = useTranslations("referrals.guidance");
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby="emergency-guidance"
      className="rounded-xl border-2 border-red-300 bg-red-50 p-4 text-red-950 sm:p-5"
    >
      <H id="emergency-guidance" className="text-lg font-semibold">
        {t("title")}
      </H>
      <ul className="mt-2 list-disc space-y-1 ps-5 text-sm">
        <li>
          {t.rich("danger", {
            strong: (c) => <strong>{c}</strong>,
            tel: (c) => (
              <a className="font-semibold underline" href="tel:112">
                {c}
              </a>
            ),
          })}
        </li>
        <li>{t("stay")}</li>
        <li>{sent ? t("after") : t("before")}</li>
      </ul>
      {centres.length > 0 ? (
        <ul className="mt-3 space-y-3" aria-label={t("contacts")}>
          {centres.map((c) => (
            <li key={c.id} className="rounded-lg bg-white p-3 text-sm text-stone-800 ring-1 ring-red-200">
              <p className="font-semibold text-stone-900">
                <bdi>{c.name}</bdi>
              </p>
              {c.contact ? <p dir="auto">{c.contact}</p> : null}
              {c.hours ? <p className="text-stone-600">{t("hours", { hours: c.hours })}</p> : null}
              {c.howToRefer ? (
                <p className="mt-1 text-stone-700" dir="auto">
                  {c.howToRefer}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm">{t("noCentre")}</p>
      )}
    </section>
  );
}
