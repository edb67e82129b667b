import { beforeAll, describe, expect, it } from "vitest";
import { loadCohortActor } from "@/lib/auth/session";
import type { CohortActor } from "@/lib/auth/permissions";
import { getCohortOverview } from "@/lib/cohorts/queries";
import { DEMO_EMAILS, seedDemo } from "@/lib/demo/seed-demo";
import { getMenteeHome, getMentorHome } from "@/lib/pairing/queries";
import { getReferralQueue } from "@/lib/referrals/queries";
import { getSpeakerSessions } from "@/lib/sessions/queries";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const actors: Record<keyof typeof DEMO_EMAILS, CohortActor> = {} as never;
let cohortId: string;

beforeAll(async () => {
  const p = getDb().prisma;
  await seedDemo(p, { today: new Date("2026-11-23T00:00:00Z") });
  cohortId = (await p.cohort.findFirstOrThrow({ select: { id: true } })).id;
  for (const [key, email] of Object.entries(DEMO_EMAILS)) {
    const user = await p.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    actors[key as keyof typeof DEMO_EMAILS] = (await loadCohortActor(user.id, cohortId))!;
  }
});

/** An actor for a mentor of another pair than the demo mentors'. */
async function otherPairMentor(): Promise<CohortActor> {
  const p = getDb().prisma;
  const pair = await p.mentorPair.findFirstOrThrow({
    where: { cohortId, label: "Group 2" },
    select: { clinicalMentor: { select: { userId: true } } },
  });
  return (await loadCohortActor(pair.clinicalMentor.userId, cohortId))!;
}

describe("each role's home query returns its own slice, and nothing to other roles", () => {
  it("coordinator overview: the reference programme's counts; referral counts only", async () => {
    const o = await getCohortOverview(actors.coordinator);
    expect(o?.people).toMatchObject({
      mentorsClinical: 6,
      mentorsPreclinical: 6,
      mentees: 36,
      menteesAssigned: 36,
      menteesFemale: 18,
      firstYearPool: 114,
      roleModels: 2,
    });
    expect(o?.pairs).toHaveLength(6);
    expect(o?.pairs.every((p) => p.mentees === 6)).toBe(true);
    expect(o?.groups).toBe(6);
    expect(JSON.stringify(o)).not.toMatch(/reason/i);
    for (const key of ["supervisor", "clinicalMentor", "mentee", "roleModel"] as const) {
      expect(await getCohortOverview(actors[key])).toBeNull();
    }
  });

  it("mentor home: the partner of the other phase and exactly their own 6 mentees", async () => {
    const home = await getMentorHome(actors.clinicalMentor);
    expect(home).toMatchObject({
      label: "Group 1",
      myPhase: "CLINICAL",
      partner: { phase: "PRECLINICAL", email: DEMO_EMAILS.preclinicalMentor },
    });
    expect(home?.mentees).toHaveLength(6);
    expect(home?.mentees.map((m) => m.email)).toContain(DEMO_EMAILS.mentee);
    const pre = await getMentorHome(actors.preclinicalMentor);
    expect(pre?.partner).toMatchObject({ phase: "CLINICAL", email: DEMO_EMAILS.clinicalMentor });
    expect(pre?.mentees.map((m) => m.id).sort()).toEqual(home?.mentees.map((m) => m.id).sort());

    const other = await getMentorHome(await otherPairMentor());
    expect(other?.label).toBe("Group 2");
    expect(other?.mentees.map((m) => m.email)).not.toContain(DEMO_EMAILS.mentee);
    for (const key of ["coordinator", "supervisor", "mentee"] as const)
      expect(await getMentorHome(actors[key])).toBeNull();
  });

  it("mentee home: both mentors labelled by phase, the group's size, own bookings only", async () => {
    const home = await getMenteeHome(actors.mentee);
    expect(home?.mentors.map((m) => [m.phase, m.email])).toEqual([
      ["CLINICAL", DEMO_EMAILS.clinicalMentor],
      ["PRECLINICAL", DEMO_EMAILS.preclinicalMentor],
    ]);
    expect(home?.groupSize).toBe(6);
    const menteeId = actors.mentee.membershipIds.MENTEE!;
    const bookingIds = home?.meetings.map((m) => m.id) ?? [];
    const own = await getDb().prisma.booking.count({ where: { id: { in: bookingIds }, menteeId } });
    expect(own).toBe(bookingIds.length);
    // The mentee sees the mentors, and of the other mentees of the group their first names only
    // (decision 127): no email, no phone, no family name.
    expect(JSON.stringify(home)).not.toMatch(/students\.duomentor\.test/);
    const p = getDb().prisma;
    const others = await p.menteeAssignment.findMany({
      where: { pairId: actors.mentee.menteePairId!, menteeId: { not: menteeId } },
      select: { mentee: { select: { id: true, user: { select: { name: true, phone: true } } } } },
    });
    expect(others).toHaveLength(5);
    expect([...home!.groupMates].sort()).toEqual(others.map((o) => o.mentee.user.name.split(" ")[0]).sort());
    for (const o of others) {
      const family = o.mentee.user.name.split(" ").slice(1).join(" ");
      expect(JSON.stringify(home)).not.toContain(family);
      if (o.mentee.user.phone) expect(JSON.stringify(home)).not.toContain(o.mentee.user.phone);
    }
    // a mate who left the programme is no longer named
    const gone = others[0]!.mentee;
    await p.membership.update({ where: { id: gone.id }, data: { status: "WITHDRAWN" } });
    try {
      const after = await getMenteeHome(actors.mentee);
      expect(after?.groupMates).toHaveLength(4);
      expect(after?.groupMates).not.toContain(gone.user.name.split(" ")[0]);
    } finally {
      await p.membership.update({ where: { id: gone.id }, data: { status: "ACTIVE" } });
    }
    for (const key of ["coordinator", "supervisor", "clinicalMentor"] as const)
      expect(await getMenteeHome(actors[key])).toBeNull();
  });

  it("supervisor queue: open referrals, urgent first then oldest, with no reason text", async () => {
    const queue = await getReferralQueue(actors.supervisor);
    expect(queue?.length).toBeGreaterThanOrEqual(1);
    const rank = { URGENT: 0, SOON: 1, ROUTINE: 2 };
    const sorted = [...queue!].sort(
      (a, b) => rank[a.urgency] - rank[b.urgency] || a.createdAt.getTime() - b.createdAt.getTime(),
    );
    expect(queue).toEqual(sorted);
    expect(queue?.some((r) => r.status === "ACKNOWLEDGED")).toBe(true);
    expect(Object.keys(queue![0])).not.toContain("reason");
    for (const key of ["coordinator", "clinicalMentor", "mentee", "roleModel"] as const) {
      expect(await getReferralQueue(actors[key])).toBeNull();
    }
  });

  it("role model: only the sessions they speak at", async () => {
    const sessions = await getSpeakerSessions(actors.roleModel);
    expect(sessions?.length).toBeGreaterThanOrEqual(1);
    const speakerIds = await getDb().prisma.programSession.findMany({
      where: { id: { in: sessions!.map((s) => s.id) } },
      select: { speakerId: true },
    });
    expect(new Set(speakerIds.map((s) => s.speakerId))).toEqual(new Set([actors.roleModel.membershipIds.ROLE_MODEL]));
    expect(await getSpeakerSessions(actors.mentee)).toBeNull();
  });
});
