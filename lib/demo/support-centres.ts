import type { Prisma } from "../../generated/prisma/client";
import { idOf } from "./context";
import { SUPPORT_CENTRES, type CentreText } from "./texts/support-centres";
import type { DemoWorld } from "./world";

/** The four support centres of the cohort's directory. */
export function supportCentreRows(w: DemoWorld) {
  const ids = {} as Record<CentreText["key"], string>;
  const supportCentres: Prisma.SupportCentreCreateManyInput[] = SUPPORT_CENTRES.map(({ key, ...c }, i) => {
    ids[key] = idOf("ctr", i + 1);
    return { id: ids[key], cohortId: w.cohortId, emergency: false, ...c, createdAt: w.cal.setUpAt };
  });
  return { supportCentres, centreIds: ids };
}
