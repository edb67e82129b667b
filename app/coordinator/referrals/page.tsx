import { Card, CardHeader, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { LABEL } from "@/lib/format";
import { getReferralCounts } from "@/lib/referrals/queries";
import { CATEGORIES, formatHours, REFERRAL_STATUSES } from "@/lib/referrals/rules";

export const metadata = { title: "Referral numbers" };

export default async function CoordinatorReferrals() {
  const { actor } = await requireRole("COORDINATOR", "/coordinator/referrals");
  const data = await getReferralCounts(actor);
  return (
    <>
      <PageHeader
        title="Referral numbers"
        description="How many referrals there are, of which kind and in which state, and how fast the supervisor reviews them. Who was referred and why stays between the mentors and the supervisor."
      />
      {!data || data.total === 0 ? (
        <EmptyState title="No referrals yet" />
      ) : (
        <>
          <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-3">
            <Stat label="Referrals" value={data.total} />
            <Stat label="Reviewed" value={data.reviewed} />
            <Stat label="Median time to review" value={formatHours(data.medianHoursToReview)} />
          </dl>
          <Card>
            <CardHeader title="By category and status" />
            <ul aria-label="Referrals by category" className="divide-y divide-stone-100 sm:hidden">
              {CATEGORIES.map((c) => {
                const row = REFERRAL_STATUSES.filter((s) => (data.counts[c]?.[s] ?? 0) > 0);
                return (
                  <li key={c} className="py-3">
                    <p className="font-medium text-stone-900">{LABEL.category[c]}</p>
                    <p className="text-sm text-stone-600">
                      {row.length === 0
                        ? "None"
                        : row.map((s) => `${data.counts[c]![s]} ${LABEL.referralStatus[s].toLowerCase()}`).join(" · ")}
                    </p>
                  </li>
                );
              })}
            </ul>
            <div className="hidden overflow-x-auto sm:block">
              <table className="w-full min-w-[36rem] text-left text-sm">
                <caption className="sr-only">Referrals by category and status</caption>
                <thead>
                  <tr className="border-b border-stone-200 text-stone-600">
                    <th scope="col" className="py-2 pr-2 font-medium">
                      Category
                    </th>
                    {REFERRAL_STATUSES.map((s) => (
                      <th key={s} scope="col" className="px-2 py-2 text-right font-medium">
                        {LABEL.referralStatus[s]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {CATEGORIES.map((c) => (
                    <tr key={c} className="border-b border-stone-100">
                      <th scope="row" className="py-2 pr-2 font-normal text-stone-900">
                        {LABEL.category[c]}
                      </th>
                      {REFERRAL_STATUSES.map((s) => (
                        <td key={s} className="px-2 py-2 text-right tabular-nums">
                          {data.counts[c]?.[s] ?? 0}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </>
      )}
    </>
  );
}
