/**
 * Issue 12, item 1: "the coordinator can add a role model in the same flow". Scheduling a
 * role-model session with a new speaker adds the role model (the staff page's steps: an account
 * or the existing one, an invitation) and makes them the speaker, in one transaction. Success,
 * an existing account, invalid input (nothing written) and refused roles.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Membership } from "@/generated/prisma/client";
import { asUser } from "@/lib/auth/test-context";
import { createSessionAction } from "@/lib/sessions/actions";
import { createCohort, createGroup, createMembership, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const p = () => getDb().prisma;
const DAY = 86_400_000;

let cohortId: string;
let coordinator: Membership;
let supervisor: Membership;
let mentor: Membership;
let roleModel: Membership;
let otherCoordinator: Membership;

beforeAll(async () => {
  const cohort = await createCohort(p(), {
    startsOn: new Date(Date.now() - 30 * DAY),
    endsOn: new Date(Date.now() + 200 * DAY),
  });
  cohortId = cohort.id;
  coordinator = await createMembership(p(), cohortId, "COORDINATOR");
  supervisor = await createMembership(p(), cohortId, "SUPERVISOR");
  roleModel = await createMembership(p(), cohortId, "ROLE_MODEL");
  mentor = (await createGroup(p(), cohortId, 1)).clinical;
  otherCoordinator = await createMembership(p(), (await createCohort(p())).id, "COORDINATOR");
});

const input = (extra: Record<string, string>) => ({
  kind: "ROLE_MODEL",
  trainingModules: [],
  title: "From the lab bench to the ward",
  description: "",
  date: new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10),
  startTime: "17:00",
  endTime: "18:30",
  place: "Lecture hall 2",
  audience: "MENTEES",
  capacity: "",
  speakerId: "new",
  speakerName: "",
  newSpeakerName: "Dr Leila Ahmadi",
  newSpeakerEmail: "Leila.Ahmadi@hospital.example",
  ...extra,
});
const create = (m: Membership, extra: Record<string, string> = {}) =>
  asUser(m.userId, () => createSessionAction(null, <never>input(extra)));

describe("a new role model as the speaker, in the scheduling form", () => {
  it("adds the role model, invites them, and makes them the speaker; both steps audited", async () => {
    const r = await create(coordinator);
    expect(r).toMatchObject({
      ok: true,
      message: "Session scheduled. The new role model is its speaker and has been invited to sign in.",
    });
    const id = (r as { data: { id: string } }).data.id;
    const s = await p().programSession.findUniqueOrThrow({
      where: { id },
      select: {
        speakerId: true,
        speakerName: true,
        speaker: { select: { role: true, status: true, cohortId: true, user: true } },
      },
    });
    expect(s.speakerName).toBeNull();
    expect(s.speaker).toMatchObject({ role: "ROLE_MODEL", status: "ACTIVE", cohortId });
    expect(s.speaker!.user).toMatchObject({ name: "Dr Leila Ahmadi", email: "leila.ahmadi@hospital.example" });
    expect(await p().outbox.count({ where: { toEmail: "leila.ahmadi@hospital.example" } })).toBe(1);
    expect(await p().auditEvent.count({ where: { entityId: id, action: "session.created" } })).toBe(1);
    expect(await p().auditEvent.count({ where: { entityId: s.speakerId!, action: "staff.added" } })).toBe(1);
  });

  it("an email with an account: that account joins as a role model, its name unchanged", async () => {
    const u = await createUser(p(), { name: "Kept Name", email: "kept@example.org" });
    const r = await create(coordinator, { newSpeakerName: "Another Name", newSpeakerEmail: "kept@example.org" });
    expect(r.ok).toBe(true);
    const m = await p().membership.findFirstOrThrow({ where: { userId: u.id, cohortId, role: "ROLE_MODEL" } });
    expect((await p().user.findUniqueOrThrow({ where: { id: u.id } })).name).toBe("Kept Name");
    const again = await create(coordinator, { newSpeakerEmail: "kept@example.org" });
    expect(again).toMatchObject({ ok: false, fieldErrors: { newSpeakerEmail: [expect.any(String)] } });
    expect(await p().membership.count({ where: { userId: u.id, cohortId } })).toBe(1);
    expect(m.status).toBe("ACTIVE");
  });

  it("invalid input: the message next to the field, no account, membership or session written", async () => {
    const counts = async () => [await p().user.count(), await p().membership.count(), await p().programSession.count()];
    const before = await counts();
    const noName = await create(coordinator, { newSpeakerName: "" });
    expect(noName).toMatchObject({ ok: false, fieldErrors: { newSpeakerName: [expect.stringContaining("name")] } });
    const badEmail = await create(coordinator, { newSpeakerEmail: "not-an-email" });
    expect(badEmail).toMatchObject({ ok: false, fieldErrors: { newSpeakerEmail: [expect.stringContaining("email")] } });
    // a refused session (ends before it starts) takes the new role model back with it
    const badTimes = await create(coordinator, { newSpeakerEmail: "late@example.org", endTime: "16:00" });
    expect(badTimes.ok).toBe(false);
    expect(await counts()).toEqual(before);
    expect(await p().user.count({ where: { email: "late@example.org" } })).toBe(0);
  });

  it("refuses the supervisor, mentors and role models; another cohort's coordinator only adds to their own cohort", async () => {
    const before = [await p().membership.count({ where: { cohortId } }), await p().programSession.count()];
    for (const m of [supervisor, mentor, roleModel]) {
      const r = await create(m, { newSpeakerEmail: `x-${m.id}@example.org` });
      expect(r.ok).toBe(false);
    }
    expect([await p().membership.count({ where: { cohortId } }), await p().programSession.count()]).toEqual(before);
    const own = await create(otherCoordinator, { newSpeakerEmail: "elsewhere@example.org" });
    const s = await p().programSession.findUniqueOrThrow({
      where: { id: (own as { data: { id: string } }).data.id },
      select: { cohortId: true, speaker: { select: { cohortId: true } } },
    });
    expect(s.cohortId).toBe(otherCoordinator.cohortId);
    expect(s.speaker!.cohortId).toBe(otherCoordinator.cohortId);
    expect(await p().membership.count({ where: { cohortId, user: { email: "elsewhere@example.org" } } })).toBe(0);
  });
});
