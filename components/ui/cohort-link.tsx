import Link from "next/link";
import type { ComponentProps } from "react";
import { ButtonLink } from "@/components/ui/button";
import { requestedCohortId } from "@/lib/auth/session";
import { withCohort } from "@/lib/cohorts/url";

/**
 * A link to another page of the cohort this page shows: it carries the `?cohort=` the request's
 * URL named (decision 113), so a coordinator who switched to next year's draft stays in it from
 * the list to the record. Server components only; `href` is a path string.
 */
export async function CohortLink({ href, ...props }: Omit<ComponentProps<typeof Link>, "href"> & { href: string }) {
  return <Link {...props} href={withCohort(href, await requestedCohortId())} />;
}

/** The same as a button (components/ui/button.tsx ButtonLink). */
export async function CohortButtonLink({
  href,
  ...props
}: Omit<ComponentProps<typeof ButtonLink>, "href"> & { href: string }) {
  return <ButtonLink {...props} href={withCohort(href, await requestedCohortId())} />;
}
