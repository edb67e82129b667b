import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { notFound } from "next/navigation";
import { getAuditTrail, type AuditTrailEntry } from "@/lib/audit-trail/queries";
import { AUDIT_AREA_NAMES, parseArea, parseCursor, type AuditArea } from "@/lib/audit-trail/rules";
import { requestedCohortId, requireRole } from "@/lib/auth/session";
import { COHORT_PARAM, withCohort } from "@/lib/cohorts/url";
import { requestFormatter } from "@/lib/i18n/server";

/**
 * The audit trail (coordinator and supervisor): a filter by area, the entries newest first with
 * who, what, when, the record and the details, and keyset pages ("Older entries"). The filter is a
 * plain GET form: it works before the page is interactive, and the URL can be shared.
 */
export async function AuditTrailView({
  path,
  entries,
  older,
  area,
  paged,
  timeZone,
}: {
  path: string;
  entries: AuditTrailEntry[];
  older: string | null;
  area: AuditArea | null;
  /** this page is not the first one */
  paged: boolean;
  timeZone: string;
}) {
  const t = await getTranslations("audit");
  const [f, cohort] = await Promise.all([requestFormatter(timeZone), requestedCohortId()]);
  const href = (params: Record<string, string | null>) => {
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    const s = q.toString();
    return withCohort(s ? `${path}?${s}` : path, cohort);
  };
  return (
    <div className="space-y-4">
      <form method="get" action={path} aria-label={t("filter.label")} className="flex flex-wrap items-end gap-3">
        {cohort ? <input type="hidden" name={COHORT_PARAM} value={cohort} /> : null}
        <SelectField id="area" name="area" label={t("filter.area")} defaultValue={area ?? ""}>
          <option value="">{t("filter.all")}</option>
          {AUDIT_AREA_NAMES.map((a) => (
            <option key={a} value={a}>
              {t(`areas.${a}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          {t("filter.apply")}
        </Button>
      </form>
      {entries.length === 0 ? (
        <EmptyState title={area ? t("emptyArea") : t("empty")}>{area ? null : t("emptyBody")}</EmptyState>
      ) : (
        <>
          <p className="text-sm text-stone-600">{t("shown", { count: entries.length })}</p>
          <ol aria-label={t("list")} className="space-y-2">
            {entries.map((e) => (
              <li key={e.id} className="rounded-xl border border-stone-200 bg-white p-3 shadow-xs sm:p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                  <code className="text-sm font-semibold break-all text-stone-900">{e.action}</code>
                  <Badge>{t(`areas.${e.area}`)}</Badge>
                </div>
                <p className="mt-1 text-sm text-stone-700">
                  <time dateTime={e.at.toISOString()}>{f.dateTime(e.at)}</time>
                  {" · "}
                  {e.actorName ? t("by", { name: e.actorName }) : t("system")}
                </p>
                <p className="mt-1 text-xs break-all text-stone-500">
                  {t("record", { entity: e.entity, id: e.entityId })}
                </p>
                {e.details.length > 0 ? (
                  <dl aria-label={t("details")} className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                    {e.details.map(([k, v]) => (
                      <div key={k} className="contents">
                        <dt className="font-medium text-stone-600">{k}</dt>
                        <dd dir="auto" className="break-all text-stone-800">
                          {v}
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
      {older || paged ? (
        <nav aria-label={t("pagination")} className="flex flex-wrap gap-3">
          {paged ? (
            <Link href={href({ area })} className="text-brand-700 font-medium underline underline-offset-2">
              {t("newest")}
            </Link>
          ) : null}
          {older ? (
            <Link
              href={href({ area, before: older })}
              className="text-brand-700 font-medium underline underline-offset-2"
            >
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

/**
 * The whole audit page for a role (coordinator and supervisor share it): the role's cohort, the
 * URL's area and cursor (anything malformed is no filter), a 404 for anyone the table refuses.
 */
export async function AuditTrailPage({
  role,
  searchParams,
}: {
  role: "COORDINATOR" | "SUPERVISOR";
  searchParams: Promise<{ area?: string; before?: string }>;
}) {
  const path = role === "COORDINATOR" ? "/coordinator/audit" : "/supervisor/audit";
  const { actor, membership } = await requireRole(role, path);
  const query = await searchParams;
  const area = parseArea(query.area);
  const before = parseCursor(query.before);
  const trail = await getAuditTrail(actor, role, { area, before });
  if (!trail) notFound();
  const t = await getTranslations("audit");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditTrailView
        path={path}
        entries={trail.entries}
        older={trail.older}
        area={area}
        paged={!!before}
        timeZone={membership.cohort.timeZone}
      />
    </>
  );
}
