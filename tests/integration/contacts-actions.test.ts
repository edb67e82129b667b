import { beforeAll, describe, expect, it } from "vitest";
import type { Membership, MentorPair } from "@/generated/prisma/client";
import { asUser } from "@/lib/auth/test-context";
import { loadCohortActor } from "@/lib/auth/session";
import { logContactAction } from "@/lib/contacts/actions";
import { getMentorHome } from "@/lib/pairing/queries";
import { addLocalDays, localDate, localDateTime } from "@/lib/time";
import { createCohort, createContactLog, createGroup, createMembership } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const TZ = "Europe/Berlin";
const DAY = 86_400_000;

let cohortId: string;
let pair: MentorPair;
let clinical: Membership;
let preclinical: Membership;
let mentees: Membership[];
let other: { pair: MentorPair; clinical: Membership; mentees: Membership[] };
let coordinator: Membership;
let supervisor: Membership;
let nowLocal: string;

const uid = (m: Membership) => m.userId;
const input = (over: Record<string, unknown> = {}) =>
  ({
    pairId: pair.id,
    target: mentees[0].id,
    channel: "PHONE",
    outcome: "COMPLETED",
    occurredAt: nowLocal,
    minutes: "20",
    topics: ["STUDY_METHODS_EXAMS"],
    note: "",
    followUpOn: "",
    ...over,
  }) as never; // the tests send what a browser could, valid or not
const count = () => getDb().prisma.contactLog.count({ where: { cohortId } });

beforeAll(async () => {
  const p = getDb().prisma;
  const now = new Date();
  const cohort = await createCohort(p, {
    startsOn: new Date(`${addLocalDays(localDate(now, TZ), -60)}T00:00:00Z`),
    endsOn: new Date(`${addLocalDays(localDate(now, TZ), 200)}T00:00:00Z`),
    timeZone: TZ,
    groupsPublishedAt: new Date(now.getTime() - 70 * DAY),
  });
  cohortId = cohort.id;
  ({ pair, clinical, preclinical, mentees } = await createGroup(p, cohortId, 3));
  other = await createGroup(p, cohortId, 2);
  coordinator = await createMembership(p, cohortId, "COORDINATOR");
  supervisor = await createMembership(p, cohortId, "SUPERVISOR");
  nowLocal = localDateTime(new Date(now.getTime() - 60_000), TZ);
});

describe("logContactAction", () => {
  it("logs a call with one mentee, audits that a note was written (not its text), revalidates", async () => {
    const before = await count();
    const r = await asUser(uid(clinical), () =>
      logContactAction(null, input({ note: "Worried about the anatomy exam", followUpOn: addLocalDays(nowLocal, 3) })),
    );
    expect(r).toMatchObject({ ok: true, data: { count: 1, referralHref: null } });
    expect(r.revalidated).toContain("/mentor");
    expect(await count()).toBe(before + 1);
    if (!r.ok) return;
    const row = await getDb().prisma.contactLog.findUniqueOrThrow({ where: { id: r.data.contacts[0].id } });
    expect(row).toMatchObject({
      pairId: pair.id,
      mentorId: clinical.id,
      menteeId: mentees[0].id,
      channel: "PHONE",
      minutes: 20,
      note: "Worried about the anatomy exam",
      topics: ["STUDY_METHODS_EXAMS"],
    });
    const events = await getDb().prisma.auditEvent.findMany({ where: { entityId: row.id } });
    expect(events.map((e) => e.action)).toEqual(["contact.note_written"]);
    expect(JSON.stringify(events)).not.toContain("anatomy");
  });

  it("accepts FormData as the browser sends it, and links to the referral form when asked", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(
      input({ target: mentees[1].id, needsReferral: "on", topics: undefined }) as Record<string, unknown>,
    ))
      if (typeof v === "string") form.set(k, v);
    form.append("topics", "STRESS_WELLBEING");
    form.append("topics", "OTHER");
    const r = await asUser(uid(preclinical), () => logContactAction(null, form));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const id = r.data.contacts[0].id;
    expect(r.data.referralHref).toBe(`/mentor/referrals/new?mentee=${mentees[1].id}&contact=${id}`);
    expect((await getDb().prisma.contactLog.findUniqueOrThrow({ where: { id } })).topics).toEqual([
      "STRESS_WELLBEING",
      "OTHER",
    ]);
  });

  it("'Called all 3' logs one contact per mentee; a group meeting logs one row for the group", async () => {
    const each = await asUser(uid(clinical), () => logContactAction(null, input({ target: "EACH" })));
    expect(each).toMatchObject({ ok: true, data: { count: 3 } });
    if (each.ok) expect(each.data.contacts.map((c) => c.menteeId).sort()).toEqual(mentees.map((m) => m.id).sort());
    const group = await asUser(uid(clinical), () =>
      logContactAction(null, input({ target: "GROUP", channel: "FACE_TO_FACE", minutes: "60" })),
    );
    expect(group).toMatchObject({ ok: true, data: { count: 1, contacts: [{ menteeId: null }] } });
  });

  it("moves an overdue mentee to on track for BOTH mentors; an unanswered call does not", async () => {
    const p = getDb().prisma;
    const fresh = await createGroup(p, cohortId, 1);
    const mentee = fresh.mentees[0];
    await createContactLog(p, fresh.pair, { menteeId: mentee.id, occurredAt: new Date(Date.now() - 20 * DAY) });
    const actorOf = async (m: Membership) => (await loadCohortActor(m.userId, cohortId))!;
    const statusFor = async (m: Membership) =>
      (await getMentorHome(await actorOf(m)))!.mentees.find((x) => x.id === mentee.id)!.status.kind;
    expect(await statusFor(fresh.clinical)).toBe("overdue");

    const attempt = await asUser(fresh.preclinical.userId, () =>
      logContactAction(null, input({ pairId: fresh.pair.id, target: mentee.id, outcome: "NO_ANSWER", minutes: "" })),
    );
    expect(attempt.ok).toBe(true);
    expect(await statusFor(fresh.clinical)).toBe("overdue");

    const call = await asUser(fresh.preclinical.userId, () =>
      logContactAction(null, input({ pairId: fresh.pair.id, target: mentee.id })),
    );
    expect(call.ok).toBe(true);
    expect(await statusFor(fresh.clinical)).toBe("on_track");
    expect(await statusFor(fresh.preclinical)).toBe("on_track");
  });

  it("refuses invalid input with field errors and writes nothing", async () => {
    const before = await count();
    const r = await asUser(uid(clinical), () =>
      logContactAction(null, input({ channel: "PIGEON", minutes: "0", occurredAt: "yesterday", topics: ["GOSSIP"] })),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {})).toEqual(expect.arrayContaining(["channel", "minutes", "occurredAt"]));
    expect(r.values?.occurredAt).toBe("yesterday");
    expect(await count()).toBe(before);
  });

  it("applies the rules: not in the future, not outside the cohort, sane minutes, no duration for no answer", async () => {
    const before = await count();
    const future = localDateTime(new Date(Date.now() + 2 * 3_600_000), TZ);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ occurredAt: future }, "occurredAt", /future/],
      [{ occurredAt: `${addLocalDays(nowLocal, -90).slice(0, 10)}T10:00` }, "occurredAt", /before the cohort/],
      [{ minutes: "900" }, "minutes", /between 1 and/],
      [{ outcome: "NO_ANSWER", minutes: "10" }, "minutes", /no duration/],
      [{ outcome: "NO_ANSWER", channel: "EMAIL", minutes: "" }, "outcome", /call/],
      [{ followUpOn: addLocalDays(nowLocal, -5) }, "followUpOn", /before the contact/],
      [{ target: "EACH", needsReferral: "on" }, "needsReferral", /one mentee/],
    ];
    for (const [over, field, message] of cases) {
      const r = await asUser(uid(clinical), () => logContactAction(null, input(over)));
      expect(r, JSON.stringify(over)).toMatchObject({
        ok: false,
        fieldErrors: { [field]: [expect.stringMatching(message)] },
      });
    }
    expect(await count()).toBe(before);
  });

  it("refuses a mentor of another pair, a mentee, the coordinator, the supervisor and anonymous callers", async () => {
    const before = await count();
    const refusals: [string | null, Record<string, unknown>][] = [
      [uid(other.clinical), {}], // another pair's mentor, naming this pair
      [uid(other.clinical), { pairId: other.pair.id }], // their own pair, but this pair's mentee
      [uid(mentees[0]), {}],
      [uid(coordinator), {}],
      [uid(supervisor), {}],
      [null, {}],
      [uid(clinical), { pairId: "no-such-pair" }],
    ];
    for (const [userId, over] of refusals) {
      const r = await asUser(userId, () => logContactAction(null, input(over)));
      expect(r, `${userId} ${JSON.stringify(over)}`).toMatchObject({ ok: false });
      if (!r.ok) expect(r.error).toMatch(/permission|sign in/i);
    }
    expect(await count()).toBe(before);
  });

  it("refuses mentors while the groups are not published", async () => {
    const p = getDb().prisma;
    const draft = await createCohort(p, {
      timeZone: TZ,
      startsOn: new Date(Date.now() - 30 * DAY),
      endsOn: new Date(Date.now() + 100 * DAY),
    });
    const g = await createGroup(p, draft.id, 1);
    const r = await asUser(g.clinical.userId, () =>
      logContactAction(null, input({ pairId: g.pair.id, target: g.mentees[0].id })),
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/permission/i) });
  });
});
