import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LanguageForm } from "@/components/profile/language-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { getSessionUserId } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { browserLocale, requestFormatter } from "@/lib/i18n/server";
import { getOwnProfile, getOwnProgrammes } from "@/lib/profile/queries";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const userId = await getSessionUserId();
  if (!userId) redirect("/login?callbackUrl=/settings");
  const [profile, programmes] = await Promise.all([getOwnProfile(userId), getOwnProgrammes(userId)]);
  if (!profile) redirect("/login");
  const t = await getTranslations("settings");
  const tr = await getTranslations("shell.role");
  const f = await requestFormatter();
  // The same order as everywhere: the newest cohort with a default (lib/i18n/people.ts).
  const cohortDefault = programmes.map((p) => p.cohort.defaultLocale).find(isLocale) ?? null;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={
          <>
            <bdi>{profile.name}</bdi> · <bdi>{profile.email}</bdi>
          </>
        }
      />
      <div className="grid max-w-xl gap-6">
        <Card aria-labelledby="contact-heading">
          <CardHeader id="contact-heading" title={t("contact.heading")} description={t("contact.description")} />
          <ProfileForm initial={{ phone: profile.phone ?? "", preferredChannel: profile.preferredChannel ?? "" }} />
        </Card>
        <Card aria-labelledby="language-heading">
          <CardHeader id="language-heading" title={t("language.heading")} description={t("language.description")} />
          <LanguageForm
            initial={isLocale(profile.locale) ? profile.locale : ""}
            cohortDefault={cohortDefault}
            browser={await browserLocale()}
          />
        </Card>
        <Card aria-labelledby="programmes-heading">
          <CardHeader id="programmes-heading" title={t("programmes.heading")} />
          {programmes.length === 0 ? (
            <p className="text-sm text-stone-600">{t("programmes.none")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {programmes.map((p) => (
                <li key={p.id}>
                  <span className="font-medium text-stone-900">
                    {t.rich("programmes.item", {
                      role: tr(p.role),
                      cohort: p.cohort.name,
                      name: (chunks) => <bdi>{chunks}</bdi>,
                    })}
                  </span>
                  <span className="block text-stone-600">
                    {t("programmes.dates", { from: f.day(p.cohort.startsOn), to: f.day(p.cohort.endsOn) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
