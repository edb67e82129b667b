import { getSessionUserId } from "@/lib/auth/session";
import { getSessionIcs } from "@/lib/sessions/calendar";

export const dynamic = "force-dynamic";

/** One programme session as an .ics file, for a signed-in person who may see it. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const userId = await getSessionUserId();
  if (!userId) return new Response("Please sign in.", { status: 401 });
  const { id } = await params;
  const ics = await getSessionIcs(userId, id);
  if (!ics) return new Response("Not found.", { status: 404 });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="session-${id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
