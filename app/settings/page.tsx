import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ExportData } from "@/components/account/export-data";
import { PasswordForm } from "@/components/account/password-form";
import { SessionsList } from "@/components/account/sessions-list";
import { LanguageForm } from "@/components/profile/language-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { getOwnSessions } from "@/lib/account/queries";
import { getSignIn, getViewer } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { browserLocale, requestFormatter } from "@/lib/i18n/server";
import { getOwnProfile, getOwnProgrammes } from "@/lib/profile/queries";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const signIn = await getSignIn();
  if (!signIn) redirect("/login?callbackUrl=/settings");
  const userId = signIn.userId;
  const [profile, programmes] = await Promise.all([getOwnProfile(userId), getOwnProgrammes(userId)]);
  if (!profile) redirect("/login");
  const viewer = await getViewer();
  const t = await getTranslations("settings");
  const tr = await getTranslations("shell.role");
  const f = await requestFormatter();
  const sessions = await getOwnSessions(
    userId,
    signIn.sessionId,
    await requestFormatter(viewer?.memberships[0]?.cohort.timeZone),
  );
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
        <Card aria-labelledby="password-heading">
          <CardHeader id="password-heading" title={t("password.heading")} description={t("password.description")} />
          <PasswordForm />
        </Card>
        <Card aria-labelledby="sessions-heading">
          <CardHeader id="sessions-heading" title={t("sessions.heading")} description={t("sessions.description")} />
          <SessionsList sessions={sessions} />
        </Card>
        <Card aria-labelledby="data-heading">
          <CardHeader id="data-heading" title={t("data.heading")} description={t("data.description")} />
          <ExportData />
        </Card>
      </div>
    </>
  );
}
