/**
 * Directory reads shared by the page queries and the actions (inside their transaction). No
 * permission checks here: callers check `can()` (queries) or the pipeline has (actions).
 */
import type { Db } from "../db/client";

type Client = Pick<Db, "supportCentre">;

export const CENTRE_SELECT = {
  id: true,
  name: true,
  category: true,
  contact: true,
  hours: true,
  howToRefer: true,
  emergency: true,
} as const;

/** The centres a mentor is shown at once when they file an urgent referral, by name. */
export function emergencyCentres(client: Client, cohortId: string) {
  return client.supportCentre.findMany({
    where: { cohortId, emergency: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, contact: true, hours: true, howToRefer: true },
  });
}
