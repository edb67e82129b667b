/**
 * Issue 16, item 5: control characters (NUL above all) are refused with a field error before
 * anything reaches the database (they used to reach PostgreSQL and come back as "something went
 * wrong"); cohort dates lie between 1990 and 2100.
 */
import { describe, expect, it } from "vitest";
import actionsCatalog from "@/messages/en/actions.json";

const CONTROL_CHARACTER_MESSAGE = actionsCatalog.controlCharacters;
import { asUser } from "@/lib/auth/test-context";
import { createCohortAction } from "@/lib/cohorts/actions";
import { importPeopleAction } from "@/lib/people/actions";
import { updateProfileAction } from "@/lib/profile/actions";
import { createCohort, createMembership, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;

const settings = {
  name: "Mentoring 2027-2028",
  academicYear: "2027-2028",
  startsOn: "2027-09-06",
  endsOn: "2028-06-30",
  timeZone: "Europe/Berlin",
  groupSize: "6",
  maxMenteesPerMentor: "6",
  firstIntervalDays: "7",
  lastIntervalDays: "21",
  pausedPeriods: "",
  trainingModules: "Mentoring concepts",
  selectionCriteria: "",
  agreementText: "",
};

describe("control characters are a field error, not a server error", () => {
  it("a NUL in a profile field: the field says so, nothing is written, other fields are echoed", async () => {
    const user = await createUser(prisma());
    const r = await asUser(user.id, () =>
      updateProfileAction(null, { phone: "+49 30\u0000 1234", preferredChannel: "EMAIL" }),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { phone: [CONTROL_CHARACTER_MESSAGE] } });
    expect(r.ok || r.error).not.toMatch(/went wrong/);
    const after = await prisma().user.findUniqueOrThrow({ where: { id: user.id }, select: { phone: true } });
    expect(after.phone).toBeNull();
  });

  it("other control characters (ESC, BEL, DEL) are refused; newlines and tabs in a text area are fine", async () => {
    const cohort = await createCohort(prisma());
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    // NUL used to reach PostgreSQL (which refuses it in text) and come back as "something went wrong".
    for (const bad of ["Cohort\u0000one", "Cohort\u001b[31m", "Cohort\u0007", "Cohort\u007f"]) {
      const r = await asUser(coordinator.userId, () => createCohortAction(null, { ...settings, name: bad }));
      expect(r).toMatchObject({ ok: false, fieldErrors: { name: [CONTROL_CHARACTER_MESSAGE] } });
    }
    const ok = await asUser(coordinator.userId, () =>
      createCohortAction(null, { ...settings, agreementText: "We meet weekly.\r\n\tWe keep notes private." }),
    );
    expect(ok.ok).toBe(true);
  });

  it("a NUL deep inside an import row names the row's field", async () => {
    const cohort = await createCohort(prisma(), { status: "DRAFT" });
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    const before = await prisma().user.count();
    const r = await asUser(coordinator.userId, () =>
      importPeopleAction(null, {
        cohortId: cohort.id,
        rows: [
          { name: "Ana", email: "ana@example.test" },
          { name: "B\u0000b", email: "bob@example.test" },
        ],
      }),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { "rows.1.name": [CONTROL_CHARACTER_MESSAGE] } });
    expect(await prisma().user.count()).toBe(before);
  });
});

describe("cohort dates lie between 1990 and 2100", () => {
  it("refuses year 1 and year 9999, accepts the bounds", async () => {
    const cohort = await createCohort(prisma());
    const coordinator = await createMembership(prisma(), cohort.id, "COORDINATOR");
    const far = await asUser(coordinator.userId, () =>
      createCohortAction(null, { ...settings, startsOn: "0001-01-01", endsOn: "9999-12-31" }),
    );
    expect(far).toMatchObject({
      ok: false,
      fieldErrors: {
        startsOn: ["Choose a date between 1990 and 2100."],
        endsOn: ["Choose a date between 1990 and 2100."],
      },
    });
    const bounds = await asUser(coordinator.userId, () =>
      createCohortAction(null, { ...settings, startsOn: "1990-01-01", endsOn: "2100-12-31" }),
    );
    expect(bounds.ok).toBe(true);
  });
});
