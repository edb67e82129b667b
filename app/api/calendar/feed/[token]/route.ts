import { getFeedIcs } from "@/lib/calendar/feed";

export const dynamic = "force-dynamic";

/**
 * The private calendar feed calendars subscribe to (no session: the token is the key; only its
 * hash is stored, and the person can replace or switch it off). "/feed/<token>" or "<token>.ics".
 */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ics = await getFeedIcs(token.replace(/\.ics$/, ""));
  if (!ics) return new Response("Not found.", { status: 404 });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="duomentor.ics"',
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
