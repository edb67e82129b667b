import { describe, expect, it } from "vitest";
import { asUser } from "@/lib/auth/test-context";
import { email } from "@/lib/emails";
import { calendarWords } from "@/lib/i18n/calendar";
import { updateOwnLocaleAction } from "@/lib/i18n/actions";
import { recipientLocales } from "@/lib/i18n/people";
import { enqueueEmails } from "@/lib/outbox/enqueue";
import { updateProfileAction } from "@/lib/profile/actions";
import { createCohort, createMentee, createUser } from "../helpers/factories";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();

/** Emails, calendar words and action results in the READER's language (docs/i18n.md). */
describe("emails go out in each recipient's language", () => {
  it("renders one batch in Persian, Korean and English by User.locale, else the cohort's default", async () => {
    const db = getDb().prisma;
    const cohort = await createCohort(db, { name: "Tehran 1405", timeZone: "Asia/Tehran", defaultLocale: "fa" });
    const persianByCohort = await createMentee(db, cohort.id); // no own choice: the cohort's Persian
    const korean = await createUser(db, { name: "Ji-woo", locale: "ko" });
    await createMentee(db, cohort.id, { userId: korean.id }); // own choice beats the cohort's
    const english = await createUser(db, { name: "Ann" }); // no cohort, no choice
    const people = [
      { id: persianByCohort.userId, name: "Sara" },
      { id: korean.id, name: "Ji-woo" },
      { id: english.id, name: "Ann" },
    ];
    await db.$transaction((tx) =>
      enqueueEmails(
        tx,
        people.flatMap((p) => [
          {
            userId: p.id,
            toEmail: `${p.name}@example.test`,
            ...email("groups.published.mentee", { name: p.name, cohortName: "Tehran 1405" }),
          },
          {
            userId: p.id,
            toEmail: `${p.name}@example.test`,
            ...email("booking.cancelled", {
              name: p.name,
              when: new Date("2026-03-21T06:30:00Z"),
              place: "Room 2",
            }),
          },
          {
            userId: p.id,
            toEmail: `${p.name}@example.test`,
            ...email("invitation", { name: p.name, cohortName: "Tehran 1405", url: "https://x.test/i", days: 14 }),
          },
        ]),
      ),
    );
    const rows = await db.outbox.findMany({ select: { userId: true, kind: true, subject: true, body: true } });
    const of = (userId: string, kind: string) => rows.find((r) => r.userId === userId && r.kind === kind)!;

    const fa = of(persianByCohort.userId, "groups.published.mentee");
    expect(fa.subject).toBe("با دو منتور خود در Tehran 1405 آشنا شوید");
    expect(fa.body).toContain("Sara عزیز، سلام");
    // a Date fact: Persian calendar and digits, in the recipient's cohort zone (06:30 UTC = 10:00 Tehran)
    expect(of(persianByCohort.userId, "booking.cancelled").subject).toBe("دیدار شما در شنبه ۱ فروردین، ۱۰:۰۰ لغو شد");
    expect(of(persianByCohort.userId, "invitation").body).toContain("تا ۱۴ روز کار می‌کند");

    const ko = of(korean.id, "groups.published.mentee");
    expect(ko.subject).toBe("Tehran 1405의 두 멘토를 만나 보세요");
    expect(ko.body).toContain("Ji-woo님, 안녕하세요.");
    expect(of(korean.id, "booking.cancelled").subject).toBe("3월 21일 (토) 10:00 면담이 취소되었습니다");
    expect(of(korean.id, "invitation").body).toContain("14일 동안");

    expect(of(english.id, "groups.published.mentee").subject).toBe("Meet your two mentors in Tehran 1405");
    expect(of(english.id, "booking.cancelled").subject).toBe("Your meeting on Sat 21 Mar, 06:30 is cancelled");
    expect(of(english.id, "invitation").body).toContain("for 14 days.");
    // no untranslated key or placeholder anywhere
    for (const r of rows) expect(`${r.subject}\n${r.body}`).not.toMatch(/[{}]|emails\./);
  });

  it("writes a contact reminder (once a legacy kind) in its recipient's language", async () => {
    const db = getDb().prisma;
    const user = await createUser(db, { locale: "fa" });
    const text = email("reminder.contact_due", { name: "A", menteeName: "B", pairLabel: "P", logUrl: "u" });
    await db.$transaction((tx) => enqueueEmails(tx, [{ userId: user.id, toEmail: "a@example.test", ...text }]));
    const row = await db.outbox.findFirstOrThrow({ where: { userId: user.id }, select: { subject: true } });
    expect(row.subject).toBe("موعد تماس با B امروز است");
  });

  it("looks up every recipient in one go, English for unknown or unset values", async () => {
    const db = getDb().prisma;
    const odd = await createUser(db, { locale: "de" });
    const map = await recipientLocales(db, [odd.id, odd.id]);
    expect(map.get(odd.id)).toEqual({ locale: "en", timeZone: "UTC" });
  });
});

describe("calendar words in the feed owner's language", () => {
  it("summaries and descriptions per language", () => {
    expect(calendarWords("fa").bookingSummary({ group: false, mentorName: "Dr Rahimi" })).toBe(
      "دیدار با Dr Rahimi (منتورینگ)",
    );
    expect(calendarWords("ko").slotSummary({ group: true, menteeNames: ["Min", "Ji"] })).toBe("그룹 면담: Min 및 Ji");
    expect(calendarWords("en").slotDescription({ mentorName: "Ana", booked: 1 })).toBe(
      "Offered by Ana. Booked: 1 seat.",
    );
    expect(calendarWords("fa").slotDescription({ mentorName: "Ana", booked: 3 })).toBe("پیشنهاد Ana. رزروشده: ۳ جا.");
  });
});

describe("action results in the caller's language", () => {
  it("a Persian-preferring person gets Persian field errors (with Persian digits) and a Persian success", async () => {
    const db = getDb().prisma;
    const { id } = await createUser(db, { locale: "fa" });
    const bad = await asUser(id, () =>
      updateProfileAction(null, { phone: "1".repeat(31), preferredChannel: "PIGEON" } as never),
    );
    expect(bad).toMatchObject({
      ok: false,
      error: "لطفاً خانه‌های مشخص‌شده را اصلاح کنید.",
      fieldErrors: {
        phone: expect.arrayContaining(["شمارهٔ تلفن باید کمتر از ۳۰ نویسه باشد."]),
        preferredChannel: ["یکی از راه‌های فهرست‌شده را انتخاب کنید."],
      },
    });
    const good = await asUser(id, () => updateProfileAction(null, { phone: "", preferredChannel: "" }));
    expect(good).toMatchObject({ ok: true, message: "اطلاعات تماس شما ذخیره شد." });
  });

  it("a Korean cohort's member without a choice of their own gets Korean", async () => {
    const db = getDb().prisma;
    const cohort = await createCohort(db, { defaultLocale: "ko" });
    const m = await createMentee(db, cohort.id);
    const bad = await asUser(m.userId, () => updateProfileAction(null, { phone: "", preferredChannel: "PHONE" }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { phone: ["전화번호를 입력하거나 다른 연락 방법을 선택하세요."] },
    });
  });

  it("English, and an anonymous caller's 'session ended' in English without a cookie", async () => {
    const db = getDb().prisma;
    const { id } = await createUser(db);
    const bad = await asUser(id, () => updateProfileAction(null, { phone: "abc", preferredChannel: "" }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { phone: ["Enter a phone number with digits only, e.g. +49 30 1234 5678."] },
    });
    const anon = await asUser(null, () => updateProfileAction(null, { phone: "", preferredChannel: "" }));
    expect(anon).toMatchObject({ ok: false, error: "Your session has ended. Please sign in again." });
  });
});

describe("updateOwnLocaleAction", () => {
  it("saves the caller's own language, answers in it, audits the field name only", async () => {
    const db = getDb().prisma;
    const { id } = await createUser(db);
    const result = await asUser(id, () => updateOwnLocaleAction(null, { locale: "ko" }));
    expect(result).toMatchObject({ ok: true, data: { locale: "ko" }, message: "언어가 저장되었습니다." });
    expect(result.revalidated).toEqual(["/settings"]);
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale).toBe("ko");
    const events = await db.auditEvent.findMany({ where: { entityId: id }, select: { action: true, detail: true } });
    expect(events).toEqual([{ action: "profile.updated", detail: { fields: ["locale"] } }]);
  });

  it("'' clears the choice (the cohort's default applies again)", async () => {
    const db = getDb().prisma;
    const { id } = await createUser(db, { locale: "fa" });
    const result = await asUser(id, () => updateOwnLocaleAction(null, { locale: "" }));
    expect(result).toMatchObject({ ok: true, message: "Your language is saved." });
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale).toBeNull();
  });

  it("refuses a language we do not have, in the caller's language, and writes nothing", async () => {
    const db = getDb().prisma;
    const { id } = await createUser(db, { locale: "fa" });
    const result = await asUser(id, () => updateOwnLocaleAction(null, { locale: "de" } as never));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { locale: ["یکی از زبان‌های فهرست‌شده را انتخاب کنید."] },
      values: { locale: "de" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale).toBe("fa");
  });

  it("refuses an anonymous caller", async () => {
    const result = await asUser(null, () => updateOwnLocaleAction(null, { locale: "fa" }));
    expect(result).toMatchObject({ ok: false, error: "Your session has ended. Please sign in again." });
  });
});
