import { getTranslations } from "next-intl/server";
import { AttendeeSessionsPage } from "@/components/sessions/attendee-sessions-page";
import { requireRole } from "@/lib/auth/session";

export async function generateMetadata() {
  const tm = await getTranslations("sessions.page");
  return { title: tm("title") };
}

export default async function MentorSessions() {
  const { actor, membership } = await requireRole("MENTOR", "/mentor/sessions");
  return <AttendeeSessionsPage actor={actor} role="MENTOR" timeZone={membership.cohort.timeZone} />;
}
