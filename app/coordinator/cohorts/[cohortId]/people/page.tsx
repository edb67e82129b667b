import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CohortHeader } from "@/components/cohorts/cohort-tabs";
import { SetupForm } from "@/components/cohorts/setup-form";
import { CsvImport } from "@/components/people/csv-import";
import { RevokeInvitation } from "@/components/people/revoke-invitation";
import { SendLinkForm } from "@/components/staff/staff-forms";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { PageLinks } from "@/components/ui/page-links";
import { Card, CardHeader, EmptyState } from "@/components/ui/card";
import {
  getCohortSettings,
  getPeoplePage,
  PEOPLE_ROLES,
  PEOPLE_STATUSES,
  requireCohortCoordinator,
} from "@/lib/cohorts/queries";
import { acceptMenteeApplicantsAction } from "@/lib/applications/actions";
import { addPersonAction } from "@/lib/people/actions";
import { hrefWith } from "@/lib/cohorts/url";

export async function generateMetadata() {
  const t = await getTranslations("roster.page");
  return { title: t("title") };
}

export default async function PeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<{ q?: string; page?: string; role?: string; status?: string; group?: string }>;
}) {
  const { cohortId } = await params;
  const sp = await searchParams;
  const actor = await requireCohortCoordinator(cohortId);
  const [cohort, people] = await Promise.all([
    getCohortSettings(actor),
    getPeoplePage(actor, { q: sp.q, page: Number(sp.page) || 1, role: sp.role, status: sp.status, group: sp.group }),
  ]);
  if (!cohort || !people) notFound();
  const t = await getTranslations("roster.page");
  const closed = cohort.status === "CLOSED";
  const base = `/coordinator/cohorts/${cohort.id}/people`;
  const { q, role, status, group } = people.filter;
  const filtered = !!(q || role || status || group);
  const pageHref = (pg: number) => hrefWith(base, { q, role, status, group, page: pg > 1 ? String(pg) : null });
  const n = (role: string, status?: string) =>
    people.counts.filter((c) => c.role === role && (!status || c.status === status)).reduce((s, c) => s + c.n, 0);
  return (
    <>
      <CohortHeader cohort={cohort} current="/people" />
      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-5">
        {[
          [t("counts.firstYears"), n("MENTEE")],
          [t("counts.selected"), n("MENTEE", "ACTIVE")],
          [t("counts.mentorApplicants"), n("MENTOR", "APPLIED")],
          [t("counts.menteeApplicants"), n("MENTEE", "APPLIED")],
          [t("counts.acceptedMentors"), n("MENTOR", "ACTIVE")],
        ].map(([label, value]) => (
          <div key={label} className="rounded-xl border border-stone-200 bg-white p-4 shadow-xs">
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {!closed && n("MENTEE", "APPLIED") > 0 ? (
        <Card className="mb-6" aria-labelledby="mentee-applicants-heading">
          <CardHeader
            id="mentee-applicants-heading"
            title={t("menteeApplicants.title", { count: n("MENTEE", "APPLIED") })}
            description={t("menteeApplicants.description")}
          />
          <SetupForm
            label={t("menteeApplicants.label")}
            action={acceptMenteeApplicantsAction}
            fields={[
              { id: "accept-mentees-cohort", name: "cohortId", label: "", type: "hidden", defaultValue: cohort.id },
            ]}
            submitLabel={t("menteeApplicants.submit", { count: n("MENTEE", "APPLIED") })}
            pendingLabel={t("menteeApplicants.pending")}
            confirmMessage={t("menteeApplicants.confirm")}
          />
        </Card>
      ) : null}
      {!closed ? (
        <div className="mb-6 grid gap-6 lg:grid-cols-2">
          <Card aria-labelledby="import-heading">
            <CardHeader id="import-heading" title={t("import.title")} description={t("import.description")} />
            <CsvImport cohortId={cohort.id} />
          </Card>
          <Card aria-labelledby="add-heading">
            <details>
              <summary id="add-heading" className="flex min-h-11 cursor-pointer items-center text-lg font-semibold">
                {t("add.title")}
              </summary>
              <div className="mt-4">
                <SetupForm
                  label={t("add.label")}
                  action={addPersonAction}
                  submitLabel={t("add.submit")}
                  pendingLabel={t("add.pending")}
                  fields={[
                    { name: "cohortId", label: "", type: "hidden", defaultValue: cohort.id },
                    { name: "name", label: t("add.name") },
                    { name: "email", label: t("add.email"), type: "email" },
                    {
                      name: "role",
                      label: t("add.joinsAs"),
                      type: "select",
                      defaultValue: "mentee",
                      options: [
                        { value: "mentee", label: t("add.asMentee") },
                        { value: "mentor", label: t("add.asMentor") },
                      ],
                    },
                    {
                      name: "phase",
                      label: t("add.phase"),
                      type: "select",
                      optional: true,
                      hint: t("add.phaseHint"),
                      options: [
                        { value: "", label: "—" },
                        { value: "preclinical", label: t("add.preclinical") },
                        { value: "clinical", label: t("add.clinical") },
                      ],
                    },
                    { name: "year", label: t("add.year"), type: "number", optional: true, min: 1, max: 8 },
                    {
                      name: "studentNumber",
                      label: t("add.studentNumber"),
                      optional: true,
                      hint: t("add.studentNumberHint"),
                    },
                    {
                      name: "gender",
                      label: t("add.gender"),
                      type: "select",
                      optional: true,
                      options: [
                        { value: "", label: t("add.genderNone") },
                        { value: "female", label: t("add.female") },
                        { value: "male", label: t("add.male") },
                        { value: "other", label: t("add.other") },
                      ],
                    },
                    {
                      name: "international",
                      label: t("add.international"),
                      type: "select",
                      options: [
                        { value: "no", label: t("add.no") },
                        { value: "yes", label: t("add.yes") },
                      ],
                    },
                    {
                      name: "dormitory",
                      label: t("add.dormitory"),
                      type: "select",
                      options: [
                        { value: "no", label: t("add.no") },
                        { value: "yes", label: t("add.yes") },
                      ],
                    },
                    {
                      name: "languages",
                      label: t("add.languages"),
                      optional: true,
                      hint: t("add.languagesHint"),
                    },
                    { name: "motivation", label: t("add.motivation"), type: "textarea", optional: true },
                    { name: "availability", label: t("add.availability"), optional: true },
                  ]}
                />
              </div>
            </details>
          </Card>
        </div>
      ) : null}
      <Card aria-labelledby="list-heading">
        <CardHeader id="list-heading" title={t("list.title", { count: people.total })} />
        {!closed ? (
          <form
            method="post"
            action={`/coordinator/cohorts/${cohort.id}/invitations/csv`}
            className="mb-4 flex flex-wrap items-center gap-3"
          >
            <Button type="submit" variant="secondary" aria-describedby="download-links-hint">
              {t("list.downloadLinks")}
            </Button>
            <p id="download-links-hint" className="max-w-prose text-sm text-stone-600">
              {t("list.downloadLinksHint")}
            </p>
          </form>
        ) : null}
        <form role="search" method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("list.search")}>
          <TextField
            id="q"
            name="q"
            type="search"
            label={t("list.nameOrEmail")}
            defaultValue={people.filter.q}
            className="sm:w-64"
          />
          <SelectField id="role" name="role" label={t("list.role")} defaultValue={people.filter.role}>
            <option value="">{t("list.anyRole")}</option>
            {PEOPLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id="status" name="status" label={t("list.status")} defaultValue={people.filter.status}>
            <option value="">{t("list.anyStatus")}</option>
            {PEOPLE_STATUSES.map((x) => (
              <option key={x} value={x}>
                {t(`status.${x}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id="group" name="group" label={t("list.group")} defaultValue={people.filter.group}>
            <option value="">{t("list.anyGroup")}</option>
            <option value="none">{t("list.noGroup")}</option>
            {people.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.label}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary">
            {t("list.find")}
          </Button>
        </form>
        {filtered ? (
          <p className="mb-3 text-sm text-stone-600">
            {t("list.filtered", { count: people.total })}{" "}
            <Link href={base} className="text-brand-700 font-medium underline underline-offset-2">
              {t("list.clear")}
            </Link>
          </p>
        ) : null}
        {people.rows.length === 0 ? (
          <EmptyState title={t("list.emptyTitle")}>{filtered ? null : t("list.empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-100" aria-label={t("list.label")}>
            {people.rows.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5 text-sm">
                <div className="min-w-0">
                  <p className="font-medium text-stone-900">
                    <Link href={`${base}/${p.id}`} className="hover:text-brand-700 underline-offset-2 hover:underline">
                      <bdi>{p.user.name}</bdi>
                    </Link>
                  </p>
                  <p className="break-all text-stone-600" dir="ltr">
                    {p.user.email}
                    {p.studentNumber ? ` · ${t("list.studentNumber", { number: p.studentNumber })}` : ""}
                  </p>
                </div>
                <div className="flex flex-wrap gap-1.5">
                  <Badge tone={p.role === "MENTOR" ? (p.phase === "CLINICAL" ? "clinical" : "preclinical") : "neutral"}>
                    {p.phase ? t(`phase.${p.phase}`) : t(`role.${p.role}`)}
                  </Badge>
                  <Badge tone={p.status === "ACTIVE" ? "success" : p.status === "DECLINED" ? "danger" : "neutral"}>
                    {t(`status.${p.status}`)}
                  </Badge>
                  {p.invited ? <Badge tone="warning">{t("list.notSignedUp")}</Badge> : null}
                  {p.invited ? <RevokeInvitation membershipId={p.id} name={p.user.name} /> : null}
                  {!closed ? <SendLinkForm membershipId={p.id} name={p.user.name} /> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        <PageLinks page={people.page} pages={people.pages} label={t("list.pages")} href={pageHref} />
      </Card>
    </>
  );
}
