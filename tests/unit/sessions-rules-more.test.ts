import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attendanceProblem,
  attendanceRate,
  audienceRoles,
  editProblem,
  feedbackProblem,
  feedbackSummary,
  inAudience,
  promotions,
  statusForPlace,
  timesProblem,
  trainingCompletions,
  trainingModulesProblem,
  waitlistPosition,
  weeklyOccurrences,
  type AttendanceStatus,
  type Holder,
  type SessionKind,
} from "@/lib/sessions/rules";

const t = (iso: string) => new Date(iso);
const e = (key: string) => ({ key: `sessions.errors.${key}` });
const HOUR = 3_600_000;

const permutations = <T>(xs: T[]): T[][] =>
  xs.length <= 1
    ? [xs]
    : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

describe("audiences", () => {
  it("MENTORS invites only mentors, MENTEES only mentees, EVERYONE both", () => {
    expect(inAudience("MENTORS", "MENTOR")).toBe(true);
    expect(inAudience("MENTORS", "MENTEE")).toBe(false);
    expect(inAudience("MENTEES", "MENTEE")).toBe(true);
    expect(inAudience("MENTEES", "MENTOR")).toBe(false);
    expect(inAudience("EVERYONE", "MENTOR")).toBe(true);
    expect(inAudience("EVERYONE", "MENTEE")).toBe(true);
  });
  it("audienceRoles lists the invited roles", () => {
    expect(audienceRoles("EVERYONE")).toEqual(["MENTOR", "MENTEE"]);
    expect(audienceRoles("MENTORS")).toEqual(["MENTOR"]);
    expect(audienceRoles("MENTEES")).toEqual(["MENTEE"]);
  });
  it("property: audienceRoles agrees with inAudience", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("EVERYONE", "MENTORS", "MENTEES" as const),
        fc.constantFrom("MENTOR", "MENTEE" as const),
        (a, r) => {
          expect(audienceRoles(a).includes(r)).toBe(inAudience(a, r));
        },
      ),
    );
  });
});

describe("statusForPlace", () => {
  it("a seat is REGISTERED, the waitlist WAITLISTED", () => {
    expect(statusForPlace({ kind: "seat" })).toBe("REGISTERED");
    expect(statusForPlace({ kind: "waitlist", position: 1 })).toBe("WAITLISTED");
  });
});

const holder = (id: string, status: AttendanceStatus, iso = "2026-11-01T10:00:00Z"): Holder => ({
  id,
  status,
  registeredAt: t(iso),
});

describe("promotions", () => {
  it("an ATTENDED holder keeps a seat (no promotion into it)", () => {
    expect(promotions(1, [holder("a", "ATTENDED"), holder("w", "WAITLISTED")])).toEqual([]);
    expect(promotions(2, [holder("a", "ATTENDED"), holder("w", "WAITLISTED")])).toEqual(["w"]);
  });
  it("a REGISTERED holder keeps a seat; other statuses free it", () => {
    expect(promotions(1, [holder("r", "REGISTERED"), holder("w", "WAITLISTED")])).toEqual([]);
    expect(
      promotions(1, [
        holder("x", "EXCUSED"),
        holder("y", "ABSENT"),
        holder("z", "CANCELLED"),
        holder("w", "WAITLISTED"),
      ]),
    ).toEqual(["w"]);
  });
  it("equal arrival times: promoted in id order, whatever the input order", () => {
    const ids = ["a", "b", "c", "d"];
    for (const p of permutations(ids)) {
      expect(
        promotions(
          null,
          p.map((id) => holder(id, "WAITLISTED")),
        ),
      ).toEqual(ids);
      expect(
        promotions(
          2,
          p.map((id) => holder(id, "WAITLISTED")),
        ),
      ).toEqual(["a", "b"]);
    }
  });
  it("earlier arrival first even when its id sorts later", () => {
    const hs = [holder("a", "WAITLISTED", "2026-11-01T10:00:02Z"), holder("z", "WAITLISTED", "2026-11-01T10:00:01Z")];
    expect(promotions(1, hs)).toEqual(["z"]);
  });
});

describe("waitlistPosition", () => {
  it("the first in line is position 1; not waiting is null", () => {
    const hs = [
      holder("s", "REGISTERED"),
      holder("w1", "WAITLISTED", "2026-11-01T09:00:00Z"),
      holder("w2", "WAITLISTED"),
    ];
    expect(waitlistPosition(hs, "w1")).toBe(1);
    expect(waitlistPosition(hs, "w2")).toBe(2);
    expect(waitlistPosition(hs, "s")).toBeNull();
    expect(waitlistPosition(hs, "nobody")).toBeNull();
    expect(waitlistPosition([], "w1")).toBeNull();
  });
  it("arrival time first, even when the id sorts the other way", () => {
    const hs = [holder("a", "WAITLISTED", "2026-11-01T10:00:02Z"), holder("z", "WAITLISTED", "2026-11-01T10:00:01Z")];
    expect(waitlistPosition(hs, "z")).toBe(1);
    expect(waitlistPosition(hs, "a")).toBe(2);
  });
  it("equal arrival times: positions follow id order, whatever the input order", () => {
    for (const p of permutations(["a", "b", "c", "d"])) {
      const hs = p.map((id) => holder(id, "WAITLISTED"));
      expect(["a", "b", "c", "d"].map((id) => waitlistPosition(hs, id))).toEqual([1, 2, 3, 4]);
    }
  });
});

describe("attendanceProblem and editProblem", () => {
  const startsAt = t("2026-11-10T14:00:00Z");
  const endsAt = t("2026-11-10T15:00:00Z");
  it("a cancelled session never takes attendance, even inside the window", () => {
    expect(attendanceProblem({ startsAt, cancelledAt: t("2026-11-01T00:00:00Z") }, startsAt)).toEqual(e("cancelled"));
    expect(attendanceProblem({ startsAt, cancelledAt: null }, startsAt)).toBeNull();
  });
  it("edit: cancelled refuses; open until the end (exclusive)", () => {
    const cancelledAt = t("2026-11-01T00:00:00Z");
    expect(editProblem({ endsAt, cancelledAt }, t("2026-11-09T00:00:00Z"))).toEqual(e("cancelled"));
    expect(editProblem({ endsAt, cancelledAt: null }, t("2026-11-09T00:00:00Z"))).toBeNull();
    expect(editProblem({ endsAt, cancelledAt: null }, new Date(endsAt.getTime() - 1))).toBeNull();
    expect(editProblem({ endsAt, cancelledAt: null }, endsAt)).toEqual(e("ended"));
    expect(editProblem({ endsAt, cancelledAt: null }, new Date(endsAt.getTime() + 1))).toEqual(e("ended"));
  });
});

describe("timesProblem", () => {
  const now = t("2026-11-01T00:00:00Z");
  const s = t("2026-11-10T14:00:00Z");
  const at = (ms: number) => new Date(s.getTime() + ms);
  it("the end must be after the start", () => {
    expect(timesProblem(s, s, now)).toEqual({ field: "endTime", msg: e("endBeforeStart") });
    expect(timesProblem(s, at(-1), now)).toEqual({ field: "endTime", msg: e("endBeforeStart") });
    expect(timesProblem(s, at(1), now)).toBeNull();
  });
  it("at most 12 hours long", () => {
    expect(timesProblem(s, at(12 * HOUR), now)).toBeNull();
    expect(timesProblem(s, at(12 * HOUR + 1), now)).toEqual({ field: "endTime", msg: e("tooLong") });
  });
  it("not starting in the past (now itself is fine)", () => {
    expect(timesProblem(s, at(HOUR), s)).toBeNull();
    expect(timesProblem(s, at(HOUR), new Date(s.getTime() + 1))).toEqual({ field: "date", msg: e("inThePast") });
  });
});

describe("training modules", () => {
  it("only TRAINING sessions are checked", () => {
    expect(trainingModulesProblem("BRIEFING", [], [])).toBeNull();
    expect(trainingModulesProblem("INTER_MENTOR", ["x"], [])).toBeNull();
  });
  it("at least one, all from the cohort", () => {
    expect(trainingModulesProblem("TRAINING", [], ["a"])).toEqual(e("trainingModulesRequired"));
    expect(trainingModulesProblem("TRAINING", ["a", "x"], ["a", "b"])).toEqual(e("trainingModuleUnknown"));
    expect(trainingModulesProblem("TRAINING", ["a", "b"], ["a", "b", "c"])).toBeNull();
    expect(trainingModulesProblem("TRAINING", ["a"], ["a"])).toBeNull();
  });
  it("completions: only a present mentor at a TRAINING session", () => {
    expect(trainingCompletions("TRAINING", ["a", "b"], "ATTENDED", "MENTOR")).toEqual(["a", "b"]);
    expect(trainingCompletions("TRAINING", ["a"], "ATTENDED", "MENTEE")).toEqual([]);
    expect(trainingCompletions("TRAINING", ["a"], "EXCUSED", "MENTOR")).toEqual([]);
    expect(trainingCompletions("TRAINING", ["a"], "ABSENT", "MENTOR")).toEqual([]);
    expect(trainingCompletions("BRIEFING", ["a"], "ATTENDED", "MENTOR")).toEqual([]);
  });
});

describe("the weekly series cap", () => {
  it("stops after 61 occurrences however long the range", () => {
    const occ = weeklyOccurrences({
      firstDay: "2026-01-05",
      lastDay: "2028-12-31",
      startTime: "18:30",
      minutes: 60,
      timeZone: "UTC",
      paused: [],
    });
    expect(occ).toHaveLength(61);
    expect(occ[0]!.day).toBe("2026-01-05");
  });
});

describe("feedback", () => {
  const ended = t("2026-11-10T15:00:00Z");
  it("BRIEFING, TRAINING and ROLE_MODEL take feedback; INTER_MENTOR does not", () => {
    for (const kind of ["ROLE_MODEL", "BRIEFING", "TRAINING"] as SessionKind[]) {
      expect(feedbackProblem({ kind, endsAt: ended, cancelledAt: null }, "ATTENDED", false, ended)).toBeNull();
    }
    expect(
      feedbackProblem({ kind: "INTER_MENTOR", endsAt: ended, cancelledAt: null }, "ATTENDED", false, ended),
    ).toEqual(e("noFeedbackForKind"));
  });
  it("a cancelled session takes none, even from an attendee after the end", () => {
    expect(
      feedbackProblem(
        { kind: "BRIEFING", endsAt: ended, cancelledAt: t("2026-11-01T00:00:00Z") },
        "ATTENDED",
        false,
        ended,
      ),
    ).toEqual(e("cancelled"));
  });
  it("opens exactly at the end", () => {
    const s = { kind: "TRAINING" as const, endsAt: ended, cancelledAt: null };
    expect(feedbackProblem(s, "ATTENDED", false, new Date(ended.getTime() - 1))).toEqual(e("feedbackNotYet"));
    expect(feedbackProblem(s, "ATTENDED", false, ended)).toBeNull();
  });
  it("empty and missing comments are left out", () => {
    const sum = feedbackSummary([
      { rating: 4, comment: null },
      { rating: 5, comment: "  " },
      { rating: 3, comment: " ok " },
    ]);
    expect(sum).toEqual({ kind: "shown", count: 3, average: 4, comments: ["ok"] });
  });
});

describe("attendanceRate", () => {
  it("null when nobody was marked", () => {
    expect(attendanceRate([])).toBeNull();
    expect(attendanceRate([null, "REGISTERED", "WAITLISTED", "CANCELLED"])).toBeNull();
  });
  it("present among those marked; excused and absent count as marked", () => {
    expect(attendanceRate(["ATTENDED"])).toBe(1);
    expect(attendanceRate(["ABSENT"])).toBe(0);
    expect(attendanceRate(["EXCUSED"])).toBe(0);
    expect(attendanceRate(["ATTENDED", "EXCUSED", null, "REGISTERED"])).toBe(0.5);
    expect(attendanceRate(["ATTENDED", "ABSENT", "ABSENT", "CANCELLED"])).toBeCloseTo(1 / 3, 10);
    expect(attendanceRate(["ATTENDED", "ATTENDED", "ATTENDED", "EXCUSED", "WAITLISTED"])).toBe(0.75);
  });
  it("property: the rate is attended / marked", () => {
    const statuses: (AttendanceStatus | null)[] = [
      null,
      "REGISTERED",
      "WAITLISTED",
      "ATTENDED",
      "EXCUSED",
      "ABSENT",
      "CANCELLED",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...statuses), { maxLength: 30 }), (marks) => {
        const marked = marks.filter((m) => m === "ATTENDED" || m === "EXCUSED" || m === "ABSENT").length;
        const present = marks.filter((m) => m === "ATTENDED").length;
        expect(attendanceRate(marks)).toBe(marked === 0 ? null : present / marked);
      }),
    );
  });
});
