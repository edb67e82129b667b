import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { MySession } from "@/lib/sessions/queries";
import { FeedbackForm } from "./feedback-form";
import { RsvpForm } from "./rsvp-form";

/** One session for a mentor or mentee: when, where, who speaks, seats, their RSVP and its buttons. */
export function MySessionCard({ s, when, manageHref }: { s: MySession; when: string; manageHref?: string }) {
  const t = useTranslations("sessions");
  const full = s.capacity !== null && s.going >= s.capacity;
  const headingId = `session-${s.id}`;
  return (
    <Card aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-brand-700 text-sm font-medium">{t(`kind.${s.kind}`)}</p>
          <h3 id={headingId} className="text-lg font-semibold text-stone-900">
            <bdi>{s.title}</bdi>
          </h3>
        </div>
        {s.cancelled ? (
          <Badge tone="danger">{t("card.cancelled")}</Badge>
        ) : s.my ? (
          <Badge
            tone={
              s.my === "REGISTERED" || s.my === "ATTENDED" ? "success" : s.my === "WAITLISTED" ? "warning" : "neutral"
            }
          >
            {s.my === "WAITLISTED" && s.position
              ? t("card.waitlistPosition", { position: s.position })
              : t(`status.${s.my}`)}
          </Badge>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-stone-700">{when}</p>
      <p className="text-sm text-stone-600">
        <bdi>{s.place}</bdi>
        {s.speaker ? (
          <>
            {" · "}
            {t("card.speaker", { name: s.speaker })}
          </>
        ) : null}
      </p>
      {s.description ? <p className="mt-2 text-sm text-stone-700">{s.description}</p> : null}
      {!s.past && !s.cancelled ? (
        <p className="mt-2 text-sm text-stone-600">
          {s.capacity !== null
            ? t("card.seats", { going: s.going, capacity: s.capacity })
            : t("card.seatsUnlimited", { going: s.going })}
        </p>
      ) : null}
      {s.canRsvp ? (
        <div className="mt-3">
          <RsvpForm sessionId={s.id} title={s.title} my={s.my} full={full} />
        </div>
      ) : null}
      {s.canFeedback ? (
        <div className="mt-4 border-t border-stone-200 pt-4">
          <h4 className="mb-2 font-medium text-stone-900">{t("feedback.heading")}</h4>
          <FeedbackForm sessionId={s.id} title={s.title} />
        </div>
      ) : s.gaveFeedback ? (
        <p role="status" className="mt-3 text-sm text-stone-600">
          {t("feedback.given")}
        </p>
      ) : null}
      {manageHref ? (
        <p className="mt-3">
          <a className="text-brand-700 text-sm font-medium underline" href={manageHref}>
            {t("card.manage")}
          </a>
        </p>
      ) : null}
    </Card>
  );
}

/** A feedback summary: the average, the count and the comments without names, or "not enough answers yet". */
export function FeedbackSummaryView({
  summary,
  format,
}: {
  summary:
    | { kind: "tooFew"; count: number; needed: number }
    | { kind: "shown"; count: number; average: number; comments: string[] };
  format: (n: number) => string;
}) {
  const tf = useTranslations("sessions.feedback");
  if (summary.kind === "tooFew")
    return <p className="text-sm text-stone-600">{tf("tooFew", { count: summary.count, needed: summary.needed })}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-stone-900">
        {tf("average", { average: format(summary.average), count: summary.count })}
      </p>
      {summary.comments.length > 0 ? (
        <>
          <p className="text-sm text-stone-600">{tf("commentsHeading")}</p>
          <ul className="list-disc space-y-1 ps-5 text-sm text-stone-700">
            {summary.comments.map((c, i) => (
              <li key={i}>
                <bdi>{c}</bdi>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
