import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { createSupportCentreAction } from "@/lib/support-centres/actions";
import { createLibraryTemplateAction } from "@/lib/templates/actions";
import { createCohort, createMembership, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();

describe("a coordinator of two cohorts writes to the cohort their pages show", () => {
  it("the active cohort wins over a newer draft (the one a roll-over just created)", async () => {
    const p = getDb().prisma;
    const user = await createUser(p);
    const active = await createCohort(p, {
      status: "ACTIVE",
      startsOn: new Date("2026-10-01"),
      endsOn: new Date("2027-06-30"),
    });
    const draft = await createCohort(p, {
      status: "DRAFT",
      startsOn: new Date("2027-10-01"),
      endsOn: new Date("2028-06-30"),
    });
    await createMembership(p, active.id, "COORDINATOR", { userId: user.id });
    await createMembership(p, draft.id, "COORDINATOR", { userId: user.id });

    const centre = await asUser(user.id, () =>
      createSupportCentreAction(null, {
        name: "Night line",
        category: "PSYCHOLOGICAL",
        contact: "0800 1",
        hours: "",
        howToRefer: "",
        emergency: "on",
      } as never),
    );
    expect(centre.ok).toBe(true);
    expect(
      await p.supportCentre.findFirstOrThrow({ where: { name: "Night line" }, select: { cohortId: true } }),
    ).toEqual({ cohortId: active.id });

    const template = await asUser(user.id, () =>
      createLibraryTemplateAction(null, {
        category: "WELLBEING",
        title: "Sleep",
        subject: "Sleep before exams",
        body: "Hi {{menteeFirstName}}, sleep matters before exams.",
      } as never),
    );
    expect(template.ok).toBe(true);
    expect(await p.emailTemplate.findFirstOrThrow({ where: { title: "Sleep" }, select: { cohortId: true } })).toEqual({
      cohortId: active.id,
    });
  });
});
