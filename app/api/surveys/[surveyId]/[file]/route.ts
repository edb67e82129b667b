import { getSessionUserId, loadCohortActor } from "@/lib/auth/session";
import { requestTranslator } from "@/lib/i18n/server";
import { csv } from "@/lib/surveys/rules";
import { getAnonymisedExport, getResultsTable, surveyCohortId } from "@/lib/surveys/queries";
import { tableRows } from "@/lib/surveys/export";

export const dynamic = "force-dynamic";

/**
 * CSV downloads of a closed survey: `table` (the results table, aggregates only, suppressed cells
 * as in the page) for the coordinator and the supervisor; `responses` (anonymised: a random
 * respondent code, no names, no emails) for the coordinator, audited.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ surveyId: string; file: string }> }) {
  const userId = await getSessionUserId();
  if (!userId) return new Response("Please sign in.", { status: 401 });
  const { surveyId, file } = await params;
  const cohortId = await surveyCohortId(surveyId);
  const actor = cohortId ? await loadCohortActor(userId, cohortId) : null;
  if (!actor) return new Response("Not found.", { status: 404 });
  const tr = await requestTranslator();
  let body: string | null = null;
  if (file === "table") {
    const as = actor.roles.has("COORDINATOR") ? "COORDINATOR" : "SUPERVISOR";
    const data = await getResultsTable(actor, surveyId, as);
    if (data) body = csv(tableRows(data.items, tr, data.survey.aboutMentors ? "phase" : "role"));
  } else if (file === "responses") {
    const data = await getAnonymisedExport(actor, surveyId);
    if (data) body = csv([data.header, ...data.rows, [], ...data.prompts.map((p) => [p])]);
  }
  if (body === null) return new Response("Not found.", { status: 404 });
  return new Response("\uFEFF" + body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="survey-${file}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
