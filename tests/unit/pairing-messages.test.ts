import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/msg";
import { translator } from "@/lib/i18n/translate";
import { drawProblem } from "@/lib/pairing/rules/draw";
import { dissolveProblem } from "@/lib/pairing/rules/pairs";

// The pairing rules answer with catalog descriptors; each language spells them itself.
const none = { referrals: 0, contactLogs: 0, meetingTimes: 0, bookings: 0 };
const en = translator("en");
const fa = translator("fa");
const ko = translator("ko");

describe("pairing messages in three languages", () => {
  it("lists what a pair holds with each language's separators", () => {
    const all = dissolveProblem({ referrals: 1, contactLogs: 2, meetingTimes: 3, bookings: 2 })!;
    expect(en.resolve(all)).toMatch(/^This pair has 1 referral, 2 contact logs, 3 meeting times and 2 bookings: /);
    expect(fa.resolve(all)).toMatch(/^این زوج ۱ ارجاع، ۲ ثبت تماس، ۳ زمان دیدار و ۲ رزرو دارد: /);
    expect(ko.resolve(all)).toMatch(/^이 짝에는 의뢰 1건, 연락 기록 2건, 만남 시간 3건 및 예약 2건이 있습니다: /);
    const two = dissolveProblem({ ...none, contactLogs: 1, bookings: 1 })!;
    expect(en.resolve(two)).toMatch(/^This pair has 1 contact log and 1 booking: /);
    expect(fa.resolve(two)).toMatch(/^این زوج ۱ ثبت تماس و ۱ رزرو دارد: /);
    expect(ko.resolve(dissolveProblem({ ...none, bookings: 4 })!)).toMatch(/^이 짝에는 예약 4건이 있습니다: /);
  });

  it("counts in the reader's digits, one and many", () => {
    const short = (have: number) =>
      drawProblem({
        alreadyDrawn: false,
        waiting: { FEMALE: have, MALE: 0, OTHER: 0, UNDISCLOSED: 0 },
        strata: { byGender: { FEMALE: 18 } },
      })!.message;
    expect(en.resolve(short(1))).toBe("Only 1 female first-year is waiting; you asked for 18.");
    expect(fa.resolve(short(1))).toBe("فقط ۱ دانشجوی سال اول زن در انتظار است؛ شما ۱۸ نفر خواستید.");
    expect(fa.resolve(short(12))).toBe("فقط ۱۲ دانشجوی سال اول زن در انتظارند؛ شما ۱۸ نفر خواستید.");
    expect(ko.resolve(short(12))).toBe("대기 중인 여성 1학년은 12명뿐입니다. 요청한 인원은 18명입니다.");
  });

  it("success messages with numbers and names", () => {
    expect(en.resolve(msg("pairing.done.trainingRecorded", { count: 1 }))).toBe("Training recorded for 1 mentor.");
    expect(en.resolve(msg("pairing.done.groupsSuggested", { placed: 6, left: 0 }))).toBe("6 mentees placed.");
    expect(en.resolve(msg("pairing.done.groupsSuggested", { placed: 1, left: 2 }))).toBe(
      "1 mentee placed; 2 still without a group (no room or no trained pair).",
    );
    expect(fa.resolve(msg("pairing.done.swapped", { inName: "Sara", outName: "Ali" }))).toContain("Sara");
  });
});
