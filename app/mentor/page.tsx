import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AgreementCard } from "@/components/pairing/agreement-card";
import { channelLabel, topicsLabel } from "@/components/contacts/labels";
import { CadenceBadge } from "@/components/contacts/status-badge";
import { HomeSessions } from "@/components/sessions/home-sessions";
import { PersonCard } from "@/components/shell/person-card";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { clock } from "@/lib/clock";
import { cadenceExplanation, cadenceSentence } from "@/lib/contacts/cadence-words";
import { cadenceSummary } from "@/lib/contacts/rules";
import { requestFormatter } from "@/lib/i18n/server";
import { localToDbDate } from "@/lib/time";
import { getMentorHome } from "@/lib/pairing/queries";
import { getAgreementCard } from "@/lib/pairing/setup-queries";
import { OpenSurveysNotice } from "@/components/surveys/my-surveys";
import { getMySurveys } from "@/lib/surveys/queries";

export async function generateMetadata() {
  const t = await getTranslations("contacts.home");
  return { title: t("title") };
}

const small =
  "inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50";
const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

export default async function MentorHome() {
  const { actor } = await requireRole("MENTOR", "/mentor");
  const t = await getTranslations("contacts.home");
  const tk = await getTranslations("contacts.cadence");
  const tc = await getTranslations("common.channel");
  const tt = await getTranslations("contacts.topic");
  const home = await getMentorHome(actor);
  if (!home) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("notPublished")}>{t("notPublishedBody")}</EmptyState>
      </>
    );
  }
  const f = await requestFormatter(home.timeZone);
  const now = clock();
  const overdue = home.mentees.filter((m) => m.status.kind === "overdue").length;
  return (
    <>
      <PageHeader
        title={home.label}
        description={t("role", { phase: home.myPhase })}
        action={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/mentor/contacts/new">{t("logContact")}</ButtonLink>
            <ButtonLink href="/mentor/contacts/new?mentee=EACH" variant="secondary">
              {t("calledEveryone")}
            </ButtonLink>
          </div>
        }
      />
      <OpenSurveysNotice surveys={(await getMySurveys(actor, "MENTOR")) ?? []} href="/mentor/surveys" />
      <AgreementCard card={await getAgreementCard(actor, "MENTOR")} />
      <div className="grid items-start gap-6 lg:grid-cols-[2fr_1fr]">
        <Card aria-labelledby="group-heading">
          <CardHeader
            id="group-heading"
            title={t("mentees", { count: home.mentees.length })}
            description={overdue > 0 ? t("overdue", { count: overdue }) : t("allOnTrack")}
          />
          {home.mentees.length === 0 ? (
            <EmptyState title={t("noMentees")} />
          ) : (
            <ul className="divide-y divide-stone-100" aria-label={t("menteesList")}>
              {home.mentees.map((m) => {
                const summary = cadenceSummary({
                  cohort: home.cadence.cadence,
                  paused: home.cadence.paused,
                  cadence: { status: m.status, intervalDays: m.intervalDays, anchorOn: "" },
                  now,
                });
                return (
                  <li key={m.id} className="space-y-2 py-3" aria-label={m.name}>
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link
                        href={`/mentor/contacts/${m.id}`}
                        className="font-medium text-stone-900 underline-offset-2 hover:underline"
                      >
                        <bdi>{m.name}</bdi>
                      </Link>
                      <CadenceBadge status={m.status} />
                    </div>
                    <p className="text-sm text-stone-600">
                      {m.lastContactAt
                        ? t("lastContact", { ago: f.daysAgo(m.lastContactAt, now), date: f.date(m.lastContactAt) })
                        : t("noContact")}
                      {m.status.nextDueOn ? (
                        <> · {t("nextDue", { date: f.day(localToDbDate(m.status.nextDueOn)) })}</>
                      ) : null}
                    </p>
                    <p className="text-sm text-stone-700">
                      {cadenceSentence((k, v) => tk(k as never, v as never), f, summary)}
                    </p>
                    <div className="flex flex-wrap gap-2">
                      <ButtonLink href={`/mentor/contacts/new?mentee=${m.id}`} className="min-h-11">
                        {t.rich("logWith", { name: m.name, sr })}
                      </ButtonLink>
                      {m.phone ? (
                        <a className={small} href={`tel:${m.phone.replace(/[^+0-9]/g, "")}`}>
                          {t.rich("call", { name: m.name, sr })}
                        </a>
                      ) : null}
                      <a className={small} href={`mailto:${m.email}`}>
                        {t.rich("email", { name: m.name, sr })}
                      </a>
                      <Link className={small} href={`/mentor/referrals/new?mentee=${m.id}`}>
                        {t.rich("refer", { name: m.name, sr })}
                      </Link>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {home.mentees.length > 0 ? (
            <details className="mt-3 rounded-lg border border-stone-200 p-3 text-sm">
              <summary className="text-brand-700 flex min-h-11 cursor-pointer items-center font-medium">
                {tk("why")}
              </summary>
              <p className="mt-1 text-stone-700">
                {cadenceExplanation((k, v) => tk(k as never, v as never), home.cadence.cadence)}
              </p>
            </details>
          ) : null}
        </Card>
        <div className="space-y-6">
          <section aria-labelledby="partner-heading">
            <h2 id="partner-heading" className="mb-3 text-lg font-semibold">
              {t("partner")}
            </h2>
            <PersonCard person={home.partner} />
          </section>
          <HomeSessions actor={actor} role="MENTOR" timeZone={home.timeZone} href="/mentor/sessions" />
          <Card aria-labelledby="timeline-heading">
            <CardHeader id="timeline-heading" title={t("recent")} description={t("recentHint")} />
            {home.timeline.length === 0 ? (
              <EmptyState title={t("noRecent")} />
            ) : (
              <ol className="space-y-3" aria-label={t("recent")}>
                {home.timeline.map((c) => (
                  <li key={c.id} className="text-sm">
                    <p className="font-medium text-stone-900">
                      {c.byMe ? t("you") : <bdi>{c.mentorName}</bdi>} · {channelLabel(tc, t, c.channel, c.outcome)} ·{" "}
                      {c.mentee ? <bdi>{c.mentee}</bdi> : t("wholeGroup")}
                    </p>
                    <p className="text-stone-600">
                      {f.dateTime(c.occurredAt)}
                      {c.minutes ? ` · ${t("minutes", { minutes: c.minutes })}` : ""}
                      {c.topics.length ? ` · ${topicsLabel(tt, f.list, c.topics)}` : ""}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
