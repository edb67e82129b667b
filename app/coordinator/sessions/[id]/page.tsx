import { getTranslations } from "next-intl/server";
import { RunSessionPage } from "@/components/sessions/run-session-page";
import { SessionForm } from "@/components/sessions/session-form";
import { requireRole } from "@/lib/auth/session";
import { getCohortModules, getSpeakerChoices } from "@/lib/sessions/queries";
import { localDateTime } from "@/lib/time";

export async function generateMetadata() {
  const tm = await getTranslations("sessions.run");
  return { title: tm("title") };
}

export default async function CoordinatorSession({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, membership } = await requireRole("COORDINATOR", `/coordinator/sessions/${id}`);
  const tz = membership.cohort.timeZone;
  const [speakers, modules] = await Promise.all([getSpeakerChoices(actor), getCohortModules(actor)]);
  return (
    <RunSessionPage
      actor={actor}
      sessionId={id}
      as="COORDINATOR"
      timeZone={tz}
      editForm={(s) => {
        const start = localDateTime(s.startsAt, tz);
        return (
          <SessionForm
            initial={{
              sessionId: s.id,
              kind: s.kind,
              title: s.title,
              description: s.description ?? "",
              date: start.slice(0, 10),
              startTime: start.slice(11, 16),
              endTime: localDateTime(s.endsAt, tz).slice(11, 16),
              place: s.place,
              audience: s.audience,
              capacity: s.capacity === null ? "" : String(s.capacity),
              speakerId: s.speakerId ?? "",
              speakerName: s.speakerName ?? "",
              trainingModules: s.trainingModules,
            }}
            speakers={speakers ?? []}
            modules={modules ?? []}
            timeZone={tz}
          />
        );
      }}
    />
  );
}
