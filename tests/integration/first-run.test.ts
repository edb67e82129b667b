/**
 * Issue 10, item 1: the first coordinator of a fresh install, by the first-run page (a setup token,
 * only while no coordinator exists) and by `npm run admin:create` (createCoordinator).
 */
import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { verifyPassword } from "@/lib/auth/password";
import { firstRunAction } from "@/lib/first-run/actions";
import { createCoordinator, firstAcademicYear } from "@/lib/first-run/create";
import { firstRunOpen } from "@/lib/first-run/queries";
import { setupToken } from "@/lib/first-run/token";
import { getInvitation } from "@/lib/people/queries";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const PASSWORD = "quartz-meadow-lantern-58";
const form = (over: Record<string, string> = {}) => ({
  setupToken: setupToken(),
  name: "Leila Ahmadi",
  email: "Leila.Ahmadi@School.example",
  password: PASSWORD,
  confirm: PASSWORD,
  ...over,
});
const submit = (input: Record<string, string>) => asUser(null, () => firstRunAction(null, input as never));

describe("the first academic year", () => {
  it("is the coming one until August, the running one from September", () => {
    expect(firstAcademicYear(new Date("2026-03-10T00:00:00Z")).academicYear).toBe("2026-2027");
    expect(firstAcademicYear(new Date("2026-10-10T00:00:00Z"))).toEqual({
      academicYear: "2026-2027",
      startsOn: new Date("2026-09-01T00:00:00Z"),
      endsOn: new Date("2027-06-30T00:00:00Z"),
    });
  });
});

describe("the first-run page", () => {
  it("refuses bad input with field errors, writing nothing", async () => {
    expect(await firstRunOpen()).toBe(true);
    const r = await submit(form({ name: "", email: "not-an-email", confirm: "something-else-entirely" }));
    expect(r).toMatchObject({ ok: false });
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["confirm", "email", "name"]);
    // the token and the passwords are never echoed back
    expect(r.values).not.toHaveProperty("setupToken");
    expect(r.values).not.toHaveProperty("password");
    expect(await prisma().user.count()).toBe(0);
  });

  it("refuses a wrong token with the one refusal, and a weak password next to its field", async () => {
    const wrong = await submit(form({ setupToken: "not-the-token-at-all-xx" }));
    expect(wrong).toMatchObject({
      ok: false,
      error: "This setup token is not valid, or this installation already has a coordinator.",
    });
    const weak = await submit(form({ password: "leila-ahmadi-1", confirm: "leila-ahmadi-1" }));
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
    expect(await prisma().membership.count()).toBe(0);
  });

  it("creates the coordinator with a password and a draft cohort, then closes for good", async () => {
    const r = await submit(form());
    expect(r).toMatchObject({ ok: true, message: "You are the first coordinator. Your draft cohort is ready." });
    const user = await prisma().user.findUniqueOrThrow({
      where: { email: "leila.ahmadi@school.example" },
      select: { id: true, passwordHash: true, memberships: { select: { role: true, status: true, cohort: true } } },
    });
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: "COORDINATOR", status: "ACTIVE", cohort: { status: "DRAFT" } });
    expect(await prisma().auditEvent.count({ where: { action: "coordinator.created", entityId: user.id } })).toBe(1);

    expect(await firstRunOpen()).toBe(false);
    // the right token, a second time: the same refusal, nothing written
    const again = await submit(form({ email: "intruder@school.example" }));
    expect(again).toMatchObject({ ok: false });
    expect(await prisma().user.count({ where: { email: "intruder@school.example" } })).toBe(0);
    expect(await prisma().membership.count({ where: { role: "COORDINATOR" } })).toBe(1);
  });
});

describe("admin:create (createCoordinator)", () => {
  it("gives a one-time sign-in link, and reuses an existing account without renaming it", async () => {
    const created = await prisma().$transaction((tx) =>
      createCoordinator(tx, { name: "Omid Farahani", email: "omid@school.example", now: new Date() }),
    );
    expect(created?.token).toBeTruthy();
    expect(await getInvitation(created!.token!)).toEqual({ name: "Omid Farahani", email: "omid@school.example" });

    const again = await prisma().$transaction((tx) =>
      createCoordinator(tx, { name: "Someone Else", email: "OMID@school.example", now: new Date() }),
    );
    expect(again).toMatchObject({ existingAccount: true, userId: created!.userId });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: created!.userId } })).name).toBe("Omid Farahani");
    expect(await prisma().membership.count({ where: { userId: created!.userId, role: "COORDINATOR" } })).toBe(2);
  });

  it("onlyIfFirst refuses once a coordinator exists", async () => {
    const r = await prisma().$transaction((tx) =>
      createCoordinator(tx, { name: "X Y", email: "xy@school.example", now: new Date(), onlyIfFirst: true }),
    );
    expect(r).toBeNull();
  });
});
