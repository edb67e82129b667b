import "server-only";
import { db } from "../db";

export async function getOwnProfile(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, phone: true, preferredChannel: true, locale: true },
  });
}

/** The cohorts a person is in (active memberships), for /settings: role, dates, default language. */
export async function getOwnProgrammes(userId: string) {
  return db().membership.findMany({
    where: { userId, status: "ACTIVE" },
    orderBy: [{ cohort: { startsOn: "desc" } }, { role: "asc" }],
    select: {
      id: true,
      role: true,
      cohort: { select: { name: true, startsOn: true, endsOn: true, defaultLocale: true } },
    },
  });
}
