import { getSessionUserId } from "@/lib/auth/session";
import { requestTranslator } from "@/lib/i18n/server";
import { issuePendingInvitationLinksAction } from "@/lib/people/invitation-links";
import { toCsv } from "@/lib/reports/rules";

export const dynamic = "force-dynamic";

/** A form post of this site only (a download that issues links is a write: no cross-site posts). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The pending invitation links of the cohort in the URL, as CSV (issue 10, item 3: a pilot without
 * SMTP). A POST: fresh links are issued (the earlier ones stop working), through the action
 * pipeline (coordinator of this cohort only, audited). Never cached.
 */
export async function POST(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const headers = { "Cache-Control": "private, no-store" };
  if (!sameOrigin(request)) return new Response("Forbidden.", { status: 403, headers });
  if (!(await getSessionUserId())) return new Response("Please sign in.", { status: 401, headers });
  const { cohortId } = await params;
  const result = await issuePendingInvitationLinksAction(null, { cohortId });
  if (!result.ok) return new Response("Not found.", { status: 404, headers });
  const tr = await requestTranslator();
  const csv = toCsv(
    [
      tr.t("roster.linksCsv.name"),
      tr.t("roster.linksCsv.email"),
      tr.t("roster.linksCsv.role"),
      tr.t("roster.linksCsv.link"),
    ],
    result.data.rows.map((r) => [r.name, r.email, tr.t(`roster.page.role.${r.role}`), r.url]),
  );
  const day = result.data.expiresAt.toISOString().slice(0, 10);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="invitation-links-valid-until-${day}.csv"`,
    },
  });
}
