import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime, LABEL } from "@/lib/format";
import { getSpeakerSessions } from "@/lib/sessions/queries";

export const metadata = { title: "My sessions" };

export default async function RoleModelHome() {
  const { actor, membership } = await requireRole("ROLE_MODEL", "/role-model");
  const sessions = (await getSpeakerSessions(actor)) ?? [];
  const tz = membership.cohort.timeZone;
  return (
    <>
      <PageHeader
        title="My sessions"
        description="The sessions you speak at. Mentees asked to hear why basic science matters in clinical practice."
      />
      {sessions.length === 0 ? (
        <EmptyState title="No sessions yet">The coordinators will add the sessions you speak at.</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {sessions.map((s) => (
            <Card key={s.id}>
              <h2 className="text-lg font-semibold">{s.title}</h2>
              <p className="mt-1 text-sm text-stone-600">
                {LABEL.session[s.kind]} · {formatDateTime(s.startsAt, tz)} · {s.place}
              </p>
              <p className="mt-2 text-sm">
                {s._count.attendance} registered{s.capacity ? ` of ${s.capacity} places` : ""}
              </p>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
