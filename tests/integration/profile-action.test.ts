import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { updateProfileAction } from "@/lib/profile/actions";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();

async function makeUser(email: string) {
  return getDb().prisma.user.create({ data: { email, name: "Sara Ahmadi" }, select: { id: true } });
}

describe("updateProfileAction: the pattern action through the whole write path", () => {
  it("saves the caller's own phone and channel, audits the field names only, revalidates", async () => {
    const { id } = await makeUser("sara@example.test");
    const result = await asUser(id, () =>
      updateProfileAction(null, { phone: "+49 30 1234 5678", preferredChannel: "PHONE" }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { changed: ["phone", "preferredChannel"] },
      message: expect.any(String),
    });
    expect(result.revalidated).toEqual(["/settings"]);

    const user = await getDb().prisma.user.findUniqueOrThrow({
      where: { id },
      select: { phone: true, preferredChannel: true },
    });
    expect(user).toEqual({ phone: "+49 30 1234 5678", preferredChannel: "PHONE" });

    const events = await getDb().prisma.auditEvent.findMany({ where: { entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: id,
      action: "profile.updated",
      detail: { fields: ["phone", "preferredChannel"] },
    });
    expect(JSON.stringify(events[0].detail)).not.toContain("1234");
  });

  it("accepts FormData as a browser sends it, and clears fields left empty", async () => {
    const { id } = await makeUser("form@example.test");
    await getDb().prisma.user.update({ where: { id }, data: { phone: "+1 555 0100", preferredChannel: "EMAIL" } });
    const form = new FormData();
    form.set("phone", "");
    form.set("preferredChannel", "");
    const result = await asUser(id, () => updateProfileAction(null, form));
    expect(result.ok).toBe(true);
    const user = await getDb().prisma.user.findUniqueOrThrow({
      where: { id },
      select: { phone: true, preferredChannel: true },
    });
    expect(user).toEqual({ phone: null, preferredChannel: null });
  });

  it("refuses invalid input with field errors, echoes what was typed, and writes nothing", async () => {
    const { id } = await makeUser("bad@example.test");
    const result = await asUser(id, () =>
      updateProfileAction(null, { phone: "call me maybe", preferredChannel: "PIGEON" } as never),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.phone?.[0]).toMatch(/phone number/i);
    expect(result.fieldErrors?.preferredChannel?.[0]).toMatch(/choose/i);
    expect(result.values).toEqual({ phone: "call me maybe", preferredChannel: "PIGEON" });
    const user = await getDb().prisma.user.findUniqueOrThrow({ where: { id }, select: { phone: true } });
    expect(user.phone).toBeNull();
    expect(await getDb().prisma.auditEvent.count({ where: { entityId: id } })).toBe(0);
  });

  it("applies the cross-field rule: phone as preferred channel needs a phone number", async () => {
    const { id } = await makeUser("rule@example.test");
    const result = await asUser(id, () => updateProfileAction(null, { phone: "", preferredChannel: "PHONE" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { phone: [expect.stringMatching(/add a phone number/i)] } });
  });

  it("refuses an anonymous caller and writes nothing", async () => {
    const before = await getDb().prisma.auditEvent.count();
    const result = await asUser(null, () => updateProfileAction(null, { phone: "+49 30 1", preferredChannel: "" }));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/sign in/i) });
    expect(await getDb().prisma.auditEvent.count()).toBe(before);
  });

  it("ignores any user id smuggled into the input: only the caller's own row changes", async () => {
    const me = await makeUser("me@example.test");
    const victim = await makeUser("victim@example.test");
    const result = await asUser(me.id, () =>
      updateProfileAction(null, {
        phone: "+49 30 999999",
        preferredChannel: "",
        userId: victim.id,
        id: victim.id,
      } as never),
    );
    expect(result.ok).toBe(true);
    const v = await getDb().prisma.user.findUniqueOrThrow({ where: { id: victim.id }, select: { phone: true } });
    expect(v.phone).toBeNull();
  });
});
