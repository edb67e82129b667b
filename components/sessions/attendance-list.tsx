"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { markAttendanceAction } from "@/lib/sessions/actions";

export interface AttendancePerson {
  membershipId: string;
  name: string;
  role: "MENTOR" | "MENTEE";
  status: string | null;
  position: number | null;
  walkIn: boolean;
}

const MARKS = ["ATTENDED", "EXCUSED", "ABSENT"] as const;

/** One person's line: their RSVP, and present / excused / absent in one tap (large targets on a phone). */
function PersonLine({ sessionId, person, open }: { sessionId: string; person: AttendancePerson; open: boolean }) {
  const t = useTranslations("sessions");
  const { state, action, pending, attach, attachStatus } = useActionForm(markAttendanceAction);
  const marked = person.status === "ATTENDED" || person.status === "EXCUSED" || person.status === "ABSENT";
  return (
    <li className="rounded-lg border border-stone-200 p-3">
      <form ref={attach} action={action} aria-label={t("attendance.personLabel", { name: person.name })} noValidate>
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="membershipId" value={person.membershipId} />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="min-w-0">
            <p className="font-medium text-stone-900">
              <bdi>{person.name}</bdi>
            </p>
            <p className="flex flex-wrap gap-1 text-sm text-stone-600">
              <span>{t(`role.${person.role}`)}</span>
              {person.status ? (
                <Badge
                  tone={person.status === "ATTENDED" ? "success" : person.status === "ABSENT" ? "danger" : "neutral"}
                >
                  {person.status === "WAITLISTED" && person.position
                    ? t("card.waitlistPosition", { position: person.position })
                    : t(`status.${person.status}`)}
                </Badge>
              ) : (
                <Badge>{t("attendance.noRsvp")}</Badge>
              )}
              {person.walkIn && marked ? <Badge tone="brand">{t("attendance.walkIn")}</Badge> : null}
            </p>
          </div>
          {open ? (
            <div className="flex gap-1" role="group" aria-label={t("attendance.markGroup", { name: person.name })}>
              {MARKS.map((m) => (
                <Button
                  key={m}
                  type="submit"
                  name="mark"
                  value={m}
                  variant={person.status === m ? "primary" : "secondary"}
                  aria-pressed={person.status === m}
                  disabled={pending}
                  className="px-3"
                >
                  {t(`mark.${m}`)}
                </Button>
              ))}
            </div>
          ) : null}
        </div>
        <FormStatus state={state} label={t("attendance.status", { name: person.name })} ref={attachStatus} />
      </form>
    </li>
  );
}

/** The whole audience, RSVPs first; anyone listed can be marked, so walk-ins need no extra step. */
export function AttendanceList({
  sessionId,
  people,
  open,
}: {
  sessionId: string;
  people: AttendancePerson[];
  open: boolean;
}) {
  const rank = (p: AttendancePerson) =>
    p.status === "REGISTERED" || p.status === "ATTENDED" ? 0 : p.status === "WAITLISTED" ? 1 : p.status ? 2 : 3;
  const sorted = [...people].sort((a, b) => rank(a) - rank(b));
  return (
    <ul className="space-y-2">
      {sorted.map((p) => (
        <PersonLine key={p.membershipId} sessionId={sessionId} person={p} open={open} />
      ))}
    </ul>
  );
}
