import { notFound } from "next/navigation";
import { RequestErasureForm, RetentionForm } from "@/components/data-rights/forms";
import { RequestList } from "@/components/data-rights/request-list";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getDataRights } from "@/lib/data-rights/queries";

export const metadata = { title: "Data protection" };

export default async function CoordinatorDataRightsPage() {
  const { actor, membership } = await requireRole("COORDINATOR", "/coordinator/data-rights");
  const data = await getDataRights(actor);
  if (!data) notFound();
  const tz = membership.cohort.timeZone;
  return (
    <>
      <PageHeader
        title="Data protection"
        description="Anonymise or delete a person's data when they ask or the law requires it; the supervisor confirms. Everyone downloads their own data under Your details."
      />
      <div className="space-y-6">
        <Card className="max-w-xl" aria-labelledby="erase-heading">
          <CardHeader id="erase-heading" title="Ask to anonymise or delete a person" />
          <RequestErasureForm
            people={data.people.map((p) => ({
              id: p.id,
              label: `${p.user.name} (${p.role.toLowerCase()}, ${p.user.email})`,
            }))}
          />
        </Card>
        <Card className="max-w-xl" aria-labelledby="retention-heading">
          <CardHeader id="retention-heading" title="Retention" description="For the whole school." />
          <RetentionForm years={data.retentionYears} />
        </Card>
        <RequestList requests={data.requests} tz={tz} />
      </div>
    </>
  );
}
