import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import type { CohortActor } from "@/lib/auth/permissions";
import { requestFormatter } from "@/lib/i18n/server";
import { getOwnGroupMentees, getSessionForRunning } from "@/lib/sessions/queries";
import { AttendanceList } from "./attendance-list";
import { CancelSessionForm } from "./cancel-session-form";
import { MinutesForm } from "./minutes-form";
import { FeedbackSummaryView } from "./my-session-card";

/**
 * One session for the person running it: the coordinator (any kind) or a mentor (an inter-mentor
 * session): details, attendance in one tap per person, the feedback summary, the minutes.
 */
export async function RunSessionPage({
  actor,
  sessionId,
  as,
  timeZone,
  editForm,
}: {
  actor: CohortActor;
  sessionId: string;
  as: "COORDINATOR" | "MENTOR";
  timeZone: string;
  editForm?: (s: NonNullable<Awaited<ReturnType<typeof getSessionForRunning>>>) => React.ReactNode;
}) {
  const s = await getSessionForRunning(actor, sessionId, as);
  if (!s) notFound();
  const t = await getTranslations("sessions");
  const f = await requestFormatter(timeZone);
  const mentees = as === "MENTOR" && s.canWriteMinutes ? await getOwnGroupMentees(actor) : [];
  const present = s.people.filter((p) => p.status === "ATTENDED").length;
  return (
    <>
      <PageHeader
        title={s.title}
        description={
          <>
            {t(`kind.${s.kind}`)} · {f.range(s.startsAt, s.endsAt)} · <bdi>{s.place}</bdi>
            {s.speaker ? (
              <>
                {" · "}
                {t("card.speaker", { name: s.speaker })}
              </>
            ) : null}
          </>
        }
        action={s.cancelled ? <Badge tone="danger">{t("card.cancelled")}</Badge> : undefined}
      />
      <dl className="mb-6 grid grid-cols-3 gap-3">
        <div className="rounded-xl border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">{t("run.going")}</dt>
          <dd className="text-2xl font-semibold tabular-nums">
            {s.capacity !== null ? t("run.ofCapacity", { going: s.going, capacity: s.capacity }) : f.number(s.going)}
          </dd>
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">{t("run.waiting")}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{f.number(s.waiting)}</dd>
        </div>
        <div className="rounded-xl border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">{t("run.present")}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{f.number(present)}</dd>
        </div>
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="attendance-heading">
          <CardHeader
            id="attendance-heading"
            title={t("attendance.heading")}
            description={s.canTakeAttendance ? t("attendance.description") : t("attendance.notYet")}
          />
          <AttendanceList sessionId={s.id} people={s.people} open={s.canTakeAttendance} />
        </Card>
        <div className="space-y-6">
          {s.minutes ? (
            <Card aria-labelledby="minutes-heading">
              <CardHeader id="minutes-heading" title={t("minutes.heading")} description={t("minutes.description")} />
              {s.canWriteMinutes ? (
                <MinutesForm
                  sessionId={s.id}
                  minutes={s.minutes.text ?? ""}
                  mentees={mentees}
                  namedNote={s.named?.note ?? ""}
                />
              ) : s.minutes.text ? (
                <p className="text-sm whitespace-pre-line text-stone-800">{s.minutes.text}</p>
              ) : (
                <p className="text-sm text-stone-600">{t("minutes.none")}</p>
              )}
              {s.named?.note ? (
                <div className="mt-4 rounded-lg bg-amber-50 p-3">
                  <p className="text-sm font-medium text-amber-900">
                    {t("minutes.namedHeading", { name: s.named.name ?? "" })}
                  </p>
                  <p className="text-sm whitespace-pre-line text-amber-900">{s.named.note}</p>
                </div>
              ) : null}
            </Card>
          ) : null}
          {s.feedback ? (
            <Card aria-labelledby="feedback-heading">
              <CardHeader id="feedback-heading" title={t("feedback.summaryHeading")} />
              <FeedbackSummaryView summary={s.feedback} format={(n) => f.number(n, { maximumFractionDigits: 1 })} />
            </Card>
          ) : null}
          {s.canEdit && editForm ? (
            <Card aria-labelledby="edit-heading">
              <CardHeader id="edit-heading" title={t("run.editHeading")} description={t("run.editDescription")} />
              {editForm(s)}
              <div className="mt-6 border-t border-stone-200 pt-4">
                <CancelSessionForm sessionId={s.id} />
              </div>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
