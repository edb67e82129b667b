import { getSessionUserId } from "@/lib/auth/session";
import { getBookingIcs } from "@/lib/booking/queries";

export const dynamic = "force-dynamic";

/** One meeting as an .ics file, for a signed-in person who may see that booking. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const userId = await getSessionUserId();
  if (!userId) return new Response("Please sign in.", { status: 401 });
  const { id } = await params;
  const ics = await getBookingIcs(userId, id);
  if (!ics) return new Response("Not found.", { status: 404 });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meeting-${id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
