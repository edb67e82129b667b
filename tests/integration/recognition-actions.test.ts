import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import type { Membership, MentorPair } from "@/generated/prisma/client";
import { loadCohortActor } from "@/lib/auth/session";
import { asUser } from "@/lib/auth/test-context";
import { adjustHoursAction, approveHoursAction } from "@/lib/recognition/actions";
import { renderCertificates } from "@/lib/recognition/certificate";
import { getCertificates, getCohortHours, getMyHours, verifyCertificate } from "@/lib/recognition/queries";
import {
  createBooking,
  createCohort,
  createContactLog,
  createGroup,
  createMembership,
  createSlot,
  createUser,
} from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const db = () => getDb().prisma;
const at = (iso: string) => new Date(iso);
let g: { pair: MentorPair; clinical: Membership; preclinical: Membership; mentees: Membership[] };
let other: { pair: MentorPair; clinical: Membership; mentees: Membership[] };
let coordinator: Membership;
let supervisor: Membership;
let otherCohortCoordinator: Membership;

beforeAll(async () => {
  const cohort = await createCohort(db(), {
    name: "Mentoring 2026",
    timeZone: "Asia/Tehran",
    groupsPublishedAt: new Date(),
  });
  g = await createGroup(db(), cohort.id, 2);
  other = await createGroup(db(), cohort.id, 1);
  await db().user.update({
    where: { id: g.clinical.userId },
    data: { name: "Sara Ahmadi", email: "sara@example.test" },
  });
  coordinator = await createMembership(db(), cohort.id, "COORDINATOR", {
    userId: (await createUser(db(), { name: "Dr Coordinator" })).id,
  });
  supervisor = await createMembership(db(), cohort.id, "SUPERVISOR", {
    userId: (await createUser(db(), { name: "Dr Supervisor" })).id,
  });
  otherCohortCoordinator = await createMembership(db(), (await createCohort(db())).id, "COORDINATOR");
  // Sara: a 60-minute meeting attended (with its contact log written on attendance: not counted again),
  // a 20-minute call during that meeting (overlap: once), a 30-minute call in November,
  // a cancelled meeting and a no-show meeting (not counted), a call with no minutes (not counted).
  const held = await createSlot(db(), g.pair, {
    startsAt: at("2026-10-05T10:00:00Z"),
    endsAt: at("2026-10-05T11:00:00Z"),
  });
  const b = await createBooking(db(), held, g.mentees[0].id, { status: "ATTENDED" });
  await createContactLog(db(), g.pair, {
    menteeId: g.mentees[0].id,
    channel: "FACE_TO_FACE",
    occurredAt: held.startsAt,
    minutes: 60,
    bookingId: b.id,
  });
  await createContactLog(db(), g.pair, {
    menteeId: g.mentees[1].id,
    occurredAt: at("2026-10-05T10:30:00Z"),
    minutes: 20,
  });
  await createContactLog(db(), g.pair, {
    menteeId: g.mentees[1].id,
    occurredAt: at("2026-11-10T10:00:00Z"),
    minutes: 30,
  });
  await createContactLog(db(), g.pair, { menteeId: g.mentees[1].id, occurredAt: at("2026-11-11T10:00:00Z") });
  const cancelled = await createSlot(db(), g.pair, {
    startsAt: at("2026-10-12T10:00:00Z"),
    endsAt: at("2026-10-12T11:00:00Z"),
    cancelledAt: at("2026-10-10T10:00:00Z"),
  });
  await createBooking(db(), cancelled, g.mentees[0].id, { status: "ATTENDED" });
  const noShow = await createSlot(db(), g.pair, {
    startsAt: at("2026-10-19T10:00:00Z"),
    endsAt: at("2026-10-19T11:00:00Z"),
  });
  await createBooking(db(), noShow, g.mentees[0].id, { status: "NO_SHOW" });
  // The other pair's mentor: 45 minutes of calls.
  await createContactLog(db(), other.pair, {
    menteeId: other.mentees[0].id,
    occurredAt: at("2026-10-07T10:00:00Z"),
    minutes: 45,
  });
});

const actor = async (m: Membership) => (await loadCohortActor(m.userId, m.cohortId))!;

describe("volunteer hours", () => {
  it("a mentor sees their own hours by month and kind: overlaps once, cancelled and no-show meetings not counted", async () => {
    const mine = (await getMyHours(await actor(g.clinical)))!;
    expect(mine.summary.byKind).toEqual({ MEETING: 60, SESSION: 0, CONTACT: 30 });
    expect(mine.total).toBe(90);
    expect(mine.summary.byMonth).toEqual([
      { month: "2026-10", minutes: 60 },
      { month: "2026-11", minutes: 30 },
    ]);
    expect(JSON.stringify(mine)).not.toContain(other.clinical.id);
  });

  it("a mentee, the coordinator acting as mentor, and the other mentor get no one else's hours", async () => {
    expect(await getMyHours(await actor(g.mentees[0]))).toBeNull();
    expect(await getCohortHours(await actor(g.mentees[0]), "COORDINATOR")).toBeNull();
    expect(await getCohortHours(await actor(g.clinical), "SUPERVISOR")).toBeNull();
    const theirs = (await getMyHours(await actor(other.clinical)))!;
    expect(theirs.total).toBe(45);
    expect(await getCertificates(await actor(g.mentees[0]), g.clinical.id, "MENTOR")).toBeNull();
  });

  it("adjust: invalid input refused with field errors, nothing written; refused roles; success audited", async () => {
    const bad = await asUser(coordinator.userId, () =>
      adjustHoursAction(null, { membershipId: g.clinical.id, minutes: "0", reason: "" }),
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { minutes: expect.any(Array), reason: expect.any(Array) } });
    for (const u of [supervisor.userId, g.clinical.userId, g.mentees[0].userId, otherCohortCoordinator.userId, null]) {
      const r = await asUser(u, () =>
        adjustHoursAction(null, { membershipId: g.clinical.id, minutes: "600", reason: "Extra" }),
      );
      expect(r, String(u)).toMatchObject({ ok: false });
    }
    expect(await db().hoursAdjustment.count()).toBe(0);
    const ok = await asUser(coordinator.userId, () =>
      adjustHoursAction(null, { membershipId: g.clinical.id, minutes: "30", reason: "Orientation day stand" }),
    );
    expect(ok).toMatchObject({ ok: true });
    expect(await db().auditEvent.count({ where: { action: "hours.adjusted", entityId: g.clinical.id } })).toBe(1);
    const all = (await getCohortHours(await actor(coordinator), "COORDINATOR"))!;
    expect(all.mentors.find((m) => m.id === g.clinical.id)).toMatchObject({ computed: 90, adjustment: 30, total: 120 });
  });

  it("approve: a mentor cannot; the supervisor can; twice is refused; the total is frozen in the certificate", async () => {
    const mentorTry = await asUser(g.clinical.userId, () => approveHoursAction(null, { membershipId: g.clinical.id }));
    expect(mentorTry).toMatchObject({ ok: false });
    const ok = await asUser(supervisor.userId, () => approveHoursAction(null, { membershipId: g.clinical.id }));
    expect(ok).toMatchObject({ ok: true, data: { minutes: 120 } });
    const again = await asUser(coordinator.userId, () => approveHoursAction(null, { membershipId: g.clinical.id }));
    expect(again).toMatchObject({ ok: false });
    const late = await asUser(coordinator.userId, () =>
      adjustHoursAction(null, { membershipId: g.clinical.id, minutes: "30", reason: "After approval" }),
    );
    expect(late).toMatchObject({ ok: false });
    expect(await db().hoursCertificate.count()).toBe(1);
  });

  it("the certificate PDF has the name, programme, hours, names of staff and the code; verification shows only name, programme, hours", async () => {
    const data = (await getCertificates(await actor(g.clinical), g.clinical.id, "MENTOR"))!;
    const cert = data.certificates[0];
    const pdf = await renderCertificates(data, "en");
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text;
    for (const s of [
      "Certificate of volunteer service",
      "Sara Ahmadi",
      "Mentoring 2026",
      "2 hours",
      "Dr Supervisor",
      "Dr Coordinator",
      cert.code,
    ])
      expect(text).toContain(s);
    const v = (await verifyCertificate(cert.code.toLowerCase()))!;
    expect(v).toEqual({ code: cert.code, name: "Sara Ahmadi", programme: "Mentoring 2026", minutes: 120 });
    expect(Object.keys(v).sort()).toEqual(["code", "minutes", "name", "programme"]);
    // a tampered code (one character changed) and garbage are refused
    const last = cert.code.at(-1) === "A" ? "B" : "A";
    expect(await verifyCertificate(cert.code.slice(0, -1) + last)).toBeNull();
    expect(await verifyCertificate("' OR 1=1 --")).toBeNull();
    // bulk: coordinator gets all approved; the other mentor has none of their own
    expect((await getCertificates(await actor(coordinator), "all", "COORDINATOR"))!.certificates).toHaveLength(1);
    expect(await getCertificates(await actor(other.clinical), other.clinical.id, "MENTOR")).toBeNull();
    expect(await getCertificates(await actor(other.clinical), g.clinical.id, "MENTOR")).toBeNull();
  }, 30_000);
});

describe("the cohort's hours table, a page at a time", () => {
  it("25 mentors a page by name, every mentor on exactly one page, hours read for the page's mentors", async () => {
    const cohortId = g.pair.cohortId;
    for (let i = 0; i < 12; i++) await createGroup(db(), cohortId, 0);
    const coord = await actor(coordinator);
    const first = (await getCohortHours(coord, "COORDINATOR", 1))!;
    const active = await db().membership.count({ where: { cohortId, role: "MENTOR", status: "ACTIVE" } });
    expect(active).toBeGreaterThan(25);
    expect(first).toMatchObject({ page: 1, pages: Math.ceil(active / 25), mentorCount: active });
    expect(first.mentors).toHaveLength(25);
    const last = (await getCohortHours(coord, "COORDINATOR", 99))!;
    expect(last.page).toBe(first.pages);
    expect(last.mentors).toHaveLength(active - 25 * (first.pages - 1));
    const seen = [...first.mentors, ...last.mentors].map((m) => m.id);
    expect(new Set(seen).size).toBe(active);
    // Sara's hours are the same whichever page she is on
    const sara = [...first.mentors, ...last.mentors].find((m) => m.id === g.clinical.id)!;
    expect(sara).toMatchObject({ computed: 90, adjustment: 30, total: 120 });
    expect(first.anyApproved).toBe(true);
    expect((await getCohortHours(coord, "COORDINATOR", 0))!.page).toBe(1);
  });
});
