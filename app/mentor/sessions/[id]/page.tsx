import { getTranslations } from "next-intl/server";
import { RunSessionPage } from "@/components/sessions/run-session-page";
import { requireRole } from "@/lib/auth/session";

export async function generateMetadata() {
  const tm = await getTranslations("sessions.run");
  return { title: tm("title") };
}

export default async function MentorSession({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, membership } = await requireRole("MENTOR", `/mentor/sessions/${id}`);
  return <RunSessionPage actor={actor} sessionId={id} as="MENTOR" timeZone={membership.cohort.timeZone} />;
}
