import { beforeAll, describe, expect, it } from "vitest";
import type { EmailTemplate, Membership, MentorPair } from "@/generated/prisma/client";
import { asUser } from "@/lib/auth/test-context";
import {
  archiveTemplateAction,
  createLibraryTemplateAction,
  createOwnTemplateAction,
  sendTemplateAction,
} from "@/lib/templates/actions";
import { loadCohortActor } from "@/lib/auth/session";
import { getMentorTemplates } from "@/lib/templates/queries";
import { createCohort, createGroup, createMembership, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const DAY = 86_400_000;

let cohortId: string;
let g: { pair: MentorPair; clinical: Membership; preclinical: Membership; mentees: Membership[] };
let other: { pair: MentorPair; clinical: Membership; mentees: Membership[] };
let coordinator: Membership;
let supervisor: Membership;
let library: EmailTemplate;
let othersOwn: EmailTemplate;

const body =
  "Hi {{menteeFirstName}},\n\nBefore the block exam: active recall and spaced repetition.\n\nSee you at {{nextMeeting}}.\n{{mentorName}}";

beforeAll(async () => {
  const p = getDb().prisma;
  const cohort = await createCohort(p, {
    startsOn: new Date(Date.now() - 40 * DAY),
    endsOn: new Date(Date.now() + 200 * DAY),
    groupsPublishedAt: new Date(Date.now() - 50 * DAY),
  });
  cohortId = cohort.id;
  g = await createGroup(p, cohortId, 0);
  for (const name of ["Lena Vogel", "Amir Karimi"]) {
    const user = await createUser(p, { name });
    const mentee = await createMembership(p, cohortId, "MENTEE", { userId: user.id });
    await p.menteeAssignment.create({ data: { cohortId, pairId: g.pair.id, menteeId: mentee.id } });
    g.mentees.push(mentee);
  }
  await p.user.update({ where: { id: g.clinical.userId }, data: { name: "Sara Ahmadi" } });
  other = await createGroup(p, cohortId, 1);
  coordinator = await createMembership(p, cohortId, "COORDINATOR");
  supervisor = await createMembership(p, cohortId, "SUPERVISOR");
  library = await p.emailTemplate.create({
    data: {
      cohortId,
      category: "STUDY_METHODS",
      title: "Study methods",
      subject: "{{menteeFirstName}}, a study plan",
      body,
    },
  });
  othersOwn = await p.emailTemplate.create({
    data: { cohortId, ownerId: other.clinical.id, category: "WELLBEING", title: "Mine", subject: "Hello", body },
  });
});

const sends = () => getDb().prisma.templateSend.count({ where: { cohortId } });

describe("sendTemplateAction", () => {
  it("sends to one mentee: rendered copy in the inbox, an email in the outbox, an EMAIL contact", async () => {
    const r = await asUser(g.clinical.userId, () =>
      sendTemplateAction(null, {
        templateId: library.id,
        target: g.mentees[0].id,
        nextMeeting: "Thursday 18:00, library",
      }),
    );
    expect(r).toMatchObject({ ok: true, data: { count: 1 } });
    const send = await getDb().prisma.templateSend.findFirstOrThrow({
      where: { menteeId: g.mentees[0].id },
      include: { contactLog: true },
    });
    expect(send.subject).toBe("Lena, a study plan");
    expect(send.body).toContain("Hi Lena,");
    expect(send.body).toContain("See you at Thursday 18:00, library.");
    expect(send.body).toContain("Sara Ahmadi");
    expect(send.body).not.toContain("{{");
    expect(send.contactLog).toMatchObject({
      channel: "EMAIL",
      outcome: "COMPLETED",
      menteeId: g.mentees[0].id,
      mentorId: g.clinical.id,
      topics: ["STUDY_METHODS_EXAMS"],
    });
    const mail = await getDb().prisma.outbox.findFirstOrThrow({
      where: { kind: "template.send", subject: "Lena, a study plan" },
    });
    expect(mail.body).toContain("Hi Lena,");
  });

  it("sends to the whole group, one copy each, sharing a batch; without a next meeting it reads naturally", async () => {
    const r = await asUser(g.preclinical.userId, () =>
      sendTemplateAction(null, { templateId: library.id, target: "EACH", nextMeeting: "" }),
    );
    expect(r).toMatchObject({ ok: true, data: { count: 2 } });
    if (!r.ok) return;
    const batch = await getDb().prisma.templateSend.findMany({ where: { batchId: r.data.batchId } });
    expect(batch.map((s) => s.menteeId).sort()).toEqual(g.mentees.map((m) => m.id).sort());
    expect(batch.every((s) => s.body.includes("See you at our next contact."))).toBe(true);
    // the send log names the template's own subject, personalised for the two, not one mentee's copy
    const mentor = (await loadCohortActor(g.clinical.userId, cohortId))!;
    const page = await getMentorTemplates(mentor);
    const logged = page!.sendLog.find((b) => b.batchId === r.data.batchId)!;
    expect(logged).toMatchObject({
      subject: "{{menteeFirstName}}, a study plan",
      personalised: true,
      byMe: false,
      to: expect.arrayContaining(["Lena Vogel", "Amir Karimi"]),
    });
    expect(logged.from).toBe(
      (await getDb().prisma.user.findUniqueOrThrow({ where: { id: g.preclinical.userId } })).name,
    );
    // the preview's sample: each mentee's first name, computed on the server
    expect(page!.mentees.map((m) => m.firstName).sort()).toEqual(["Amir", "Lena"]);
  });

  it("a mentor may send their own template", async () => {
    const own = await getDb().prisma.emailTemplate.create({
      data: {
        cohortId,
        ownerId: g.clinical.id,
        category: "ADAPTATION",
        title: "Own",
        subject: "Hi {{menteeFirstName}}",
        body,
      },
    });
    const r = await asUser(g.clinical.userId, () =>
      sendTemplateAction(null, { templateId: own.id, target: g.mentees[1].id }),
    );
    expect(r.ok).toBe(true);
  });

  it("refuses invalid input", async () => {
    const r = await asUser(g.clinical.userId, () =>
      sendTemplateAction(null, { templateId: "", target: "", nextMeeting: "x".repeat(200) }),
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { templateId: expect.any(Array), target: expect.any(Array), nextMeeting: expect.any(Array) },
    });
  });

  it("sends only to the sender's own mentees, and never another mentor's template; other roles are refused", async () => {
    const before = await sends();
    const refusals: [string | null, { templateId: string; target: string }][] = [
      [g.clinical.userId, { templateId: library.id, target: other.mentees[0].id }], // not my mentee
      [g.clinical.userId, { templateId: othersOwn.id, target: g.mentees[0].id }], // another mentor's own template
      [g.clinical.userId, { templateId: "missing", target: g.mentees[0].id }],
      [other.clinical.userId, { templateId: library.id, target: g.mentees[0].id }],
      [coordinator.userId, { templateId: library.id, target: g.mentees[0].id }],
      [supervisor.userId, { templateId: library.id, target: g.mentees[0].id }],
      [g.mentees[0].userId, { templateId: library.id, target: g.mentees[1].id }],
      [null, { templateId: library.id, target: g.mentees[0].id }],
    ];
    for (const [userId, data] of refusals) {
      const r = await asUser(userId, () => sendTemplateAction(null, data));
      expect(r, JSON.stringify([userId, data])).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission|sign in/i),
      });
    }
    expect(await sends()).toBe(before);
  });
});

const newTemplate = {
  category: "EXAM_PREPARATION" as const,
  title: "Resits",
  subject: "About resits, {{menteeFirstName}}",
  body: "Hi {{menteeFirstName}}, here is how resits work at our school. {{mentorName}}",
};

describe("createLibraryTemplateAction / createOwnTemplateAction / archiveTemplateAction", () => {
  it("the coordinator adds to the library; mentors and mentees are refused", async () => {
    const r = await asUser(coordinator.userId, () => createLibraryTemplateAction(null, newTemplate));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(await getDb().prisma.emailTemplate.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({
        ownerId: null,
        cohortId,
        authorId: coordinator.userId,
      });
    for (const userId of [g.clinical.userId, g.mentees[0].userId, supervisor.userId]) {
      expect(await asUser(userId, () => createLibraryTemplateAction(null, newTemplate))).toMatchObject({
        ok: false,
        error: expect.stringMatching(/permission/i),
      });
    }
  });

  it("a mentor writes their own; unknown placeholders and empty fields are field errors; the coordinator cannot own one", async () => {
    const r = await asUser(g.preclinical.userId, () => createOwnTemplateAction(null, newTemplate));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect((await getDb().prisma.emailTemplate.findUniqueOrThrow({ where: { id: r.data.id } })).ownerId).toBe(
        g.preclinical.id,
      );
    const bad = await asUser(g.preclinical.userId, () =>
      createOwnTemplateAction(null, {
        ...newTemplate,
        body: "Hi {{menteeName}}, how are the exams going for you?",
        title: "",
      }),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { body: [expect.stringMatching(/menteeFirstName/)], title: expect.any(Array) },
    });
    expect(await asUser(coordinator.userId, () => createOwnTemplateAction(null, newTemplate))).toMatchObject({
      ok: false,
    });
  });

  it("archives: the coordinator a library template, a mentor only their own, once", async () => {
    const p = getDb().prisma;
    const lib = await p.emailTemplate.create({
      data: { cohortId, category: "WELLBEING", title: "Old", subject: "Old", body },
    });
    expect(await asUser(g.clinical.userId, () => archiveTemplateAction(null, { templateId: lib.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/permission/i),
    });
    expect(await asUser(coordinator.userId, () => archiveTemplateAction(null, { templateId: lib.id }))).toMatchObject({
      ok: true,
    });
    expect(await asUser(coordinator.userId, () => archiveTemplateAction(null, { templateId: lib.id }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already archived/),
    });
    expect(
      await asUser(g.clinical.userId, () => sendTemplateAction(null, { templateId: lib.id, target: g.mentees[0].id })),
    ).toMatchObject({ ok: false, fieldErrors: { templateId: expect.any(Array) } });
    expect(
      await asUser(g.clinical.userId, () => archiveTemplateAction(null, { templateId: othersOwn.id })),
    ).toMatchObject({ ok: false });
    expect(
      await asUser(other.clinical.userId, () => archiveTemplateAction(null, { templateId: othersOwn.id })),
    ).toMatchObject({ ok: true });
    expect(await asUser(g.clinical.userId, () => archiveTemplateAction(null, { templateId: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { templateId: expect.any(Array) },
    });
  });
});
