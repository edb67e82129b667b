import { getSessionUserId, loadCohortActor, roleCohortId } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { requestI18n } from "@/lib/i18n/server";
import { renderCertificates } from "@/lib/recognition/certificate";
import { getCertificates } from "@/lib/recognition/queries";

export const dynamic = "force-dynamic";

/**
 * Certificates as a PDF: `?as=MENTOR&m=<own membership>` (the mentor's own), or
 * `?as=COORDINATOR|SUPERVISOR&m=<membership>|all` (one, or every approved mentor: bulk).
 */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const as = url.searchParams.get("as");
  const which = url.searchParams.get("m") ?? "";
  if ((as !== "COORDINATOR" && as !== "SUPERVISOR" && as !== "MENTOR") || !which || which.length > 64)
    return new Response("Not found.", { status: 404 });
  const userId = await getSessionUserId();
  const cohortId = userId ? await roleCohortId(as) : null;
  const actor = userId && cohortId ? await loadCohortActor(userId, cohortId) : null;
  const data = actor ? await getCertificates(actor, which, as) : null;
  if (!data) return new Response("Not found.", { status: 404 });
  const cohortLocale = data.cohort.defaultLocale;
  const locale = cohortLocale && isLocale(cohortLocale) ? cohortLocale : (await requestI18n()).locale;
  const pdf = await renderCertificates(data, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="volunteer-hours-${which === "all" ? "all" : "certificate"}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
