/**
 * Issue 16: the password rule (12 characters, not common, not one's own name or email), password
 * change and reset end the other sessions, the reset request says the same thing for every email,
 * and the personal data export (JSON and CSV) holds one's data without other people's notes.
 */
import { describe, expect, it } from "vitest";
import {
  changePasswordAction,
  endAllSessionsAction,
  endSessionAction,
  exportMyDataAction,
  requestPasswordResetAction,
  resetPasswordAction,
} from "@/lib/account/actions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { PASSWORD_PERSONAL, PASSWORD_WEAK, passwordProblem } from "@/lib/auth/password-policy";
import { msg } from "@/lib/i18n/msg";
import account from "@/messages/en/account.json";
import { checkAuthSession, startAuthSession } from "@/lib/auth/sessions";
import { asUser } from "@/lib/auth/test-context";
import { createCohort, createContactLog, createGroup, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const prisma = () => getDb().prisma;
const OLD = "rhubarb-lantern-ocean-42";
const NEW = "velvet-tundra-compass-19";

describe("the password rule", () => {
  it.each([
    ["aaaaaaaaaaaa", PASSWORD_WEAK],
    ["password1234", PASSWORD_WEAK],
    ["qwertyuiop12", PASSWORD_WEAK],
    ["123456789012", PASSWORD_WEAK],
    ["password12", msg("account.rules.tooShort", { minimum: 12 })],
    ["amina-hosseini-1", PASSWORD_PERSONAL],
    ["my-ahosseini-pass", PASSWORD_PERSONAL],
  ])("refuses %j", (pw, message) => {
    expect(passwordProblem(pw, { name: "Amina Hosseini", email: "ahosseini@uni.test" })).toEqual(message);
  });
  it("accepts a long, unrelated passphrase", () => {
    expect(passwordProblem(NEW, { name: "Amina Hosseini", email: "ahosseini@uni.test" })).toBeNull();
  });
});

let n = 0;
async function person(email = `jonas.weber${++n}@uni.test`) {
  return createUser(prisma(), { name: "Jonas Weber", email, passwordHash: await hashPassword(OLD) });
}

describe("changing the password", () => {
  it("needs the current password and a good new one; ends the other sessions, keeps this one", async () => {
    const user = await person();
    const here = await startAuthSession({ userId: user.id, method: "password" });
    const there = await startAuthSession({ userId: user.id, method: "password" });
    const as = (input: Record<string, string>) =>
      asUser(user.id, () => changePasswordAction(null, input as never), { sessionId: here.id });
    expect(await as({ current: "wrong-one", password: NEW, confirm: NEW })).toMatchObject({
      ok: false,
      fieldErrors: { current: ["That is not your current password."] },
    });
    const weak = await as({ current: OLD, password: "jonasweber2027", confirm: "jonasweber2027" });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: [account.rules.personal] } });
    expect(JSON.stringify(weak)).not.toContain(OLD); // secrets are never echoed
    expect(await as({ current: OLD, password: NEW, confirm: NEW })).toMatchObject({ ok: true, data: { ended: 1 } });
    const row = await prisma().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash!, NEW)).toBe(true);
    expect(await checkAuthSession(here.token)).not.toBeNull();
    expect(await checkAuthSession(there.token)).toBeNull();
    expect(await prisma().auditEvent.count({ where: { action: "user.password_changed", entityId: user.id } })).toBe(1);
  });
});

describe("sessions list actions", () => {
  it("a person ends one of their sessions, or all; never someone else's", async () => {
    const user = await person();
    const other = await createUser(prisma());
    const a = await startAuthSession({ userId: user.id, method: "password" });
    const b = await startAuthSession({ userId: user.id, method: "password" });
    const theirs = await startAuthSession({ userId: other.id, method: "password" });
    expect(await asUser(user.id, () => endSessionAction(null, { sessionId: theirs.id }))).toMatchObject({ ok: false });
    expect(await checkAuthSession(theirs.token)).not.toBeNull();
    expect(await asUser(user.id, () => endSessionAction(null, { sessionId: a.id }))).toMatchObject({ ok: true });
    expect(await checkAuthSession(a.token)).toBeNull();
    expect(await asUser(user.id, () => endAllSessionsAction(null, {}))).toMatchObject({ ok: true, data: { ended: 1 } });
    expect(await checkAuthSession(b.token)).toBeNull();
  });
});

describe("password reset", () => {
  it("the same answer for known and unknown emails; a link that works once and ends every session", async () => {
    const user = await person("jonas.weber@uni.test");
    const s = await startAuthSession({ userId: user.id, method: "password" });
    const known = await requestPasswordResetAction(null, { email: "Jonas.Weber@uni.test" });
    const unknown = await requestPasswordResetAction(null, { email: "nobody@uni.test" });
    expect(known).toMatchObject({ ok: true });
    expect(unknown).toEqual({ ...known });
    const mails = await prisma().outbox.findMany({
      where: { kind: "password.reset" },
      select: { toEmail: true, body: true },
    });
    expect(mails.map((m) => m.toEmail)).toEqual(["jonas.weber@uni.test"]); // nothing for the unknown one
    const token = /\/reset\/(\S+)/.exec(mails[0].body)![1];
    expect(await resetPasswordAction(null, { token, password: "aaaaaaaaaaaa", confirm: "aaaaaaaaaaaa" })).toMatchObject(
      {
        ok: false,
        fieldErrors: { password: [account.rules.weak] },
      },
    );
    expect(await resetPasswordAction(null, { token, password: NEW, confirm: NEW })).toMatchObject({ ok: true });
    expect(await checkAuthSession(s.token)).toBeNull();
    expect(await resetPasswordAction(null, { token, password: NEW, confirm: NEW })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/expired or was already used/),
    });
  });

  it("at most 3 emails per address per hour, with the same answer after", async () => {
    await person("often@uni.test");
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await requestPasswordResetAction(null, { email: "often@uni.test" }));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await prisma().outbox.count({ where: { kind: "password.reset", toEmail: "often@uni.test" } })).toBe(3);
  });

  it("an invitation link may not be used as a reset link", async () => {
    const user = await person();
    await prisma().authToken.create({
      data: { userId: user.id, purpose: "INVITATION", tokenHash: "x", expiresAt: new Date(Date.now() + 3600_000) },
    });
    expect(await resetPasswordAction(null, { token: "y".repeat(43), password: NEW, confirm: NEW })).toMatchObject({
      ok: false,
    });
  });
});

describe("personal data export", () => {
  it("JSON and CSV with the person's data; a mentee's export has no mentor's private note", async () => {
    const cohort = await createCohort(prisma(), { name: "Export cohort" });
    const { pair, mentees } = await createGroup(prisma(), cohort.id, 2);
    await createContactLog(prisma(), pair, { menteeId: mentees[0].id, note: "PRIVATE-NOTE-ABOUT-MENTEE" });
    const mentee = await prisma().membership.findUniqueOrThrow({
      where: { id: mentees[0].id },
      select: { userId: true },
    });
    const json = await asUser(mentee.userId, () => exportMyDataAction(null, { format: "json" }));
    expect(json.ok).toBe(true);
    if (!json.ok) return;
    const data = JSON.parse(json.data.content);
    expect(data.memberships).toEqual([
      expect.objectContaining({ role: "MENTEE", cohort: expect.stringContaining("Export cohort") }),
    ]);
    expect(data.contactsAboutYou).toHaveLength(1);
    expect(json.data.content).not.toContain("PRIVATE-NOTE-ABOUT-MENTEE");
    expect(json.data.content).not.toMatch(/passwordHash|tokenHash|calendarTokenHash/);

    const mentor = await prisma().membership.findUniqueOrThrow({
      where: { id: pair.clinicalMentorId },
      select: { userId: true },
    });
    const csv = await asUser(mentor.userId, () => exportMyDataAction(null, { format: "csv" }));
    expect(csv).toMatchObject({ ok: true, data: { mime: "text/csv", filename: expect.stringMatching(/\.csv$/) } });
    if (!csv.ok) return;
    expect(csv.data.content.split("\r\n")[0]).toBe("section,record,field,value");
    expect(csv.data.content).toContain("contactsLogged,1,note,PRIVATE-NOTE-ABOUT-MENTEE"); // their own note
    expect(await prisma().auditEvent.count({ where: { action: "data.exported" } })).toBe(2);
  });
});
