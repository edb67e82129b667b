import { getTranslations } from "next-intl/server";
import { FeedbackSummaryView } from "@/components/sessions/my-session-card";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { requestFormatter } from "@/lib/i18n/server";
import { getSpeakerSessions } from "@/lib/sessions/queries";

export async function generateMetadata() {
  const tm = await getTranslations("sessions.roleModel");
  return { title: tm("title") };
}

/** The role model's home: upcoming sessions with their RSVPs, past ones with their feedback (no names). */
export default async function RoleModelHome() {
  const { actor, membership } = await requireRole("ROLE_MODEL", "/role-model");
  const t = await getTranslations("sessions");
  const sessions = (await getSpeakerSessions(actor)) ?? [];
  const f = await requestFormatter(membership.cohort.timeZone);
  const upcoming = sessions.filter((s) => !s.past);
  const past = sessions.filter((s) => s.past).reverse();
  const card = (s: (typeof sessions)[number]) => (
    <Card key={s.id} aria-labelledby={`rm-${s.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`rm-${s.id}`} className="text-lg font-semibold text-stone-900">
          <bdi>{s.title}</bdi>
        </h3>
        {s.cancelled ? <Badge tone="danger">{t("card.cancelled")}</Badge> : null}
      </div>
      <p className="mt-1 text-sm text-stone-600">
        {t(`kind.${s.kind}`)} · {f.range(s.startsAt, s.endsAt)} · <bdi>{s.place}</bdi>
      </p>
      {s.past ? (
        <>
          <p className="mt-2 text-sm">{t("roleModel.attended", { count: s.present })}</p>
          {s.feedback ? (
            <div className="mt-3 border-t border-stone-200 pt-3">
              <h4 className="mb-1 font-medium text-stone-900">{t("feedback.summaryHeading")}</h4>
              <FeedbackSummaryView summary={s.feedback} format={(n) => f.number(n, { maximumFractionDigits: 1 })} />
            </div>
          ) : null}
        </>
      ) : (
        <p className="mt-2 text-sm">
          {s.capacity !== null
            ? t("card.seats", { going: s.going, capacity: s.capacity })
            : t("card.seatsUnlimited", { going: s.going })}
          {s.waiting > 0 ? ` · ${t("card.waiting", { count: s.waiting })}` : ""}
        </p>
      )}
    </Card>
  );
  return (
    <>
      <PageHeader title={t("roleModel.title")} description={t("roleModel.description")} />
      {sessions.length === 0 ? (
        <EmptyState title={t("roleModel.none")}>{t("roleModel.noneHint")}</EmptyState>
      ) : (
        <>
          <section aria-labelledby="rm-upcoming" className="mb-8">
            <h2 id="rm-upcoming" className="mb-3 text-lg font-semibold text-stone-900">
              {t("page.upcoming")}
            </h2>
            {upcoming.length === 0 ? (
              <EmptyState title={t("page.noneUpcoming")} />
            ) : (
              <div className="grid gap-4 md:grid-cols-2">{upcoming.map(card)}</div>
            )}
          </section>
          <section aria-labelledby="rm-past">
            <h2 id="rm-past" className="mb-3 text-lg font-semibold text-stone-900">
              {t("page.past")}
            </h2>
            {past.length === 0 ? (
              <EmptyState title={t("page.nonePast")} />
            ) : (
              <div className="grid gap-4 md:grid-cols-2">{past.map(card)}</div>
            )}
          </section>
        </>
      )}
    </>
  );
}
