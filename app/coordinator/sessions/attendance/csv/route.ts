import { getSessionUserId, loadCohortActor, roleCohortId } from "@/lib/auth/session";
import { getAttendanceByPerson, getAttendanceRows } from "@/lib/sessions/queries";

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Attendance per person and per session, as CSV, for the coordinator (the same cells as the page). */
export async function GET() {
  const userId = await getSessionUserId();
  const cohortId = userId ? await roleCohortId("COORDINATOR") : null;
  const actor = userId && cohortId ? await loadCohortActor(userId, cohortId) : null;
  const people = actor ? await getAttendanceByPerson(actor) : null;
  const rows = actor ? await getAttendanceRows(actor) : null;
  if (!people || !rows) return new Response("Not found", { status: 404 });
  const lines = [
    ["person", "role", "invited", "present", "rate", "missed_last_3_inter_mentor"].join(","),
    ...people.map((p) =>
      [p.name, p.role, p.invited, p.present, p.rate === null ? "" : p.rate.toFixed(2), p.flagged ? "yes" : "no"]
        .map(cell)
        .join(","),
    ),
    "",
    ["session", "kind", "starts_at", "ends_at", "person", "role", "status", "walk_in"].join(","),
    ...rows.map((r) =>
      [
        r.title,
        r.kind,
        r.startsAt.toISOString(),
        r.endsAt.toISOString(),
        r.name,
        r.role,
        r.status,
        r.walkIn ? "yes" : "no",
      ]
        .map(cell)
        .join(","),
    ),
  ];
  return new Response(lines.join("\r\n") + "\r\n", {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="session-attendance.csv"',
      "cache-control": "no-store",
    },
  });
}
