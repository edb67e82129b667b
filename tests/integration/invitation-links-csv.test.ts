/**
 * Issue 10, item 3: for a pilot without SMTP, the coordinator downloads the pending invitation
 * links of their cohort as CSV. The stored tokens are hashed, so the download issues fresh links
 * (the earlier ones stop working); coordinator of that cohort only; audited; never cached.
 */
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { asUser } from "@/lib/auth/test-context";
import { hashToken } from "@/lib/people/invitations";
import { POST } from "@/app/coordinator/cohorts/[cohortId]/invitations/csv/route";
import { createCohort, createMembership, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const DAY = 86_400_000;
let n = 0;

async function invite(userId: string, expiresInDays = 14, usedAt: Date | null = null) {
  const token = `old-token-${process.pid}-${++n}`;
  await prisma().authToken.create({
    data: {
      userId,
      purpose: "INVITATION",
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + expiresInDays * DAY),
      usedAt,
    },
  });
  return token;
}

async function person(cohortId: string, role: "MENTEE" | "MENTOR", name: string, data: Record<string, unknown> = {}) {
  const user = await createUser(prisma(), {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, ".")}.${++n}@uni.test`,
  });
  const m = await createMembership(prisma(), cohortId, role, { userId: user.id, status: "ACTIVE", ...data });
  return { user, m };
}

async function setting() {
  const a = await createCohort(prisma(), { name: "Cohort A", status: "ACTIVE" });
  const b = await createCohort(prisma(), { name: "Cohort B", status: "ACTIVE" });
  const coordA = await createMembership(prisma(), a.id, "COORDINATOR");
  const coordB = await createMembership(prisma(), b.id, "COORDINATOR");
  const supervisorA = await createMembership(prisma(), a.id, "SUPERVISOR");
  const pendingMentee = await person(a.id, "MENTEE", "Sara Ahmadi");
  const pendingMentor = await person(a.id, "MENTOR", "Reza Karimi", { phase: "CLINICAL" });
  const expired = await person(a.id, "MENTEE", "Expired Person");
  const used = await person(a.id, "MENTEE", "Used Link");
  const withPassword = await person(a.id, "MENTEE", "Has Password");
  await prisma().user.update({
    where: { id: withPassword.user.id },
    data: { passwordHash: await hashPassword("harbour-violet-canyon-73") },
  });
  const candidate = await person(a.id, "MENTEE", "Not Drawn", { status: "CANDIDATE" });
  const otherCohort = await person(b.id, "MENTEE", "Other Cohort");
  const tokens = {
    mentee: await invite(pendingMentee.user.id),
    mentor: await invite(pendingMentor.user.id),
    expired: await invite(expired.user.id, -1),
    used: await invite(used.user.id, 14, new Date()),
    withPassword: await invite(withPassword.user.id),
    other: await invite(otherCohort.user.id),
  };
  return { a, b, coordA, coordB, supervisorA, pendingMentee, pendingMentor, candidate, tokens };
}

const request = (cohortId: string, origin: string | null = "http://localhost:3000") =>
  new Request(`http://localhost:3000/coordinator/cohorts/${cohortId}/invitations/csv`, {
    method: "POST",
    headers: origin ? { origin, host: "localhost:3000" } : { host: "localhost:3000" },
  });
const download = (userId: string | null, cohortId: string, origin?: string | null) =>
  asUser(userId, () => POST(request(cohortId, origin), { params: Promise.resolve({ cohortId }) }), { cohortId });

const open = async (token: string) =>
  (await prisma().authToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { usedAt: true } }))
    .usedAt === null;

describe("downloading the pending invitation links", () => {
  it("the coordinator gets a CSV of the pending invitations only, with fresh links; the old ones stop working", async () => {
    const s = await setting();
    const res = await download(s.coordA.userId, s.a.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="invitation-links-.*\.csv"/);
    const text = (await res.text()).replace(/^\uFEFF/, "");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("name,email,role,link");
    expect(lines).toHaveLength(3); // the pending mentor and mentee only, by name
    expect(lines[1]).toMatch(new RegExp(`^Reza Karimi,${s.pendingMentor.user.email},Mentor,http.*/invite/[\\w-]+$`));
    expect(lines[2]).toMatch(new RegExp(`^Sara Ahmadi,${s.pendingMentee.user.email},Mentee,http.*/invite/[\\w-]+$`));
    for (const absent of ["Expired Person", "Used Link", "Has Password", "Not Drawn", "Other Cohort"])
      expect(text).not.toContain(absent);
    // the new link works (an open token), the old one does not
    const fresh = lines[2]!.split("/invite/")[1]!;
    expect(await open(fresh)).toBe(true);
    expect(await open(s.tokens.mentee)).toBe(false);
    expect(await open(s.tokens.mentor)).toBe(false);
    // others' links untouched, no email queued, one audit row without the links
    expect(await open(s.tokens.other)).toBe(true);
    expect(await open(s.tokens.withPassword)).toBe(true);
    expect(await prisma().outbox.count({ where: { toEmail: s.pendingMentee.user.email } })).toBe(0);
    const audits = await prisma().auditEvent.findMany({
      where: { action: "invitation.links_issued", cohortId: s.a.id },
      select: { actorId: true, entityId: true, detail: true },
    });
    expect(audits).toEqual([{ actorId: s.coordA.userId, entityId: s.a.id, detail: { people: 2, via: "csv" } }]);
    // downloading again issues new links again: the first download's links stop working
    const again = (await (await download(s.coordA.userId, s.a.id)).text()).trim().split("\r\n");
    expect(again).toHaveLength(3);
    expect(await open(fresh)).toBe(false);
  });

  it("refused: another cohort's coordinator, the supervisor, a mentor, signed out, a cross-site post", async () => {
    const s = await setting();
    const refusals = [
      [s.coordB.userId, undefined, 404],
      [s.supervisorA.userId, undefined, 404],
      [s.pendingMentor.user.id, undefined, 404],
      [null, undefined, 401],
      [s.coordA.userId, "https://evil.example", 403],
      [s.coordA.userId, null, 403],
    ] as const;
    for (const [userId, origin, status] of refusals) {
      const res = await download(userId, s.a.id, origin);
      expect(res.status, `${userId} ${origin}`).toBe(status);
      expect(res.headers.get("cache-control")).toContain("no-store");
      expect(await res.text()).not.toContain("/invite/");
    }
    // a coordinator of B asking for B never sees A's people
    const b = await (await download(s.coordB.userId, s.b.id)).text();
    expect(b).toContain("Other Cohort");
    expect(b).not.toContain("Sara Ahmadi");
    // nothing of A was touched
    expect(await open(s.tokens.mentee)).toBe(true);
    expect(await prisma().auditEvent.count({ where: { action: "invitation.links_issued", cohortId: s.a.id } })).toBe(0);
  });
});
