import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  AUDIT_AREAS,
  areaOf,
  areaPrefixes,
  detailLines,
  encodeCursor,
  knownPrefixes,
  parseArea,
  parseCursor,
} from "@/lib/audit-trail/rules";

describe("audit areas", () => {
  it("puts an action in the area of its first segment, an unknown one in 'other'", () => {
    expect(areaOf("mentees.drawn")).toBe("setup");
    expect(areaOf("referral.read")).toBe("referrals");
    expect(areaOf("booking.cancelled")).toBe("meetings");
    expect(areaOf("contact.note_written")).toBe("contacts");
    expect(areaOf("retention.set")).toBe("dataRights");
    expect(areaOf("something.new")).toBe("other");
    expect(areaOf("")).toBe("other");
  });

  it("no prefix is in two areas, and 'other' has none of its own", () => {
    const all = Object.values(AUDIT_AREAS).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(knownPrefixes().sort()).toEqual([...all].sort());
    expect(areaPrefixes("other")).toEqual([]);
  });

  it("a URL's area is one of the names or nothing", () => {
    expect(parseArea("surveys")).toBe("surveys");
    expect(parseArea("other")).toBe("other");
    expect(parseArea("Surveys")).toBeNull();
    expect(parseArea("constructor")).toBeNull();
    expect(parseArea(undefined)).toBeNull();
  });
});

describe("the cursor", () => {
  it("round-trips any time and id", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
        (at, id) => {
          const back = parseCursor(encodeCursor({ at, id }));
          expect(back?.id).toBe(id);
          expect(back?.at.getTime()).toBe(at.getTime());
        },
      ),
    );
  });

  it("anything malformed is no cursor, never an error", () => {
    for (const bad of [
      "",
      "x",
      "2026-13-45T99:99:99Z~abc",
      "2026-12-01T10:00:00Z~",
      "~abc",
      "2026-12-01T10:00:00Z~a b",
      "2026-12-01T10:00:00Z~a'--",
    ])
      expect(parseCursor(bad)).toBeNull();
    expect(parseCursor(`2026-12-01T10:00:00.000Z~${"a".repeat(200)}`)).toBeNull();
  });
});

describe("details", () => {
  it("shows words, numbers, lists and objects as short lines, in order, without empty values", () => {
    expect(
      detailLines({
        seed: "9f2c",
        count: 36,
        by: ["COORDINATOR", "SUPERVISOR"],
        gone: null,
        weights: { language: 2 },
        ok: true,
      }),
    ).toEqual([
      ["seed", "9f2c"],
      ["count", "36"],
      ["by", "COORDINATOR, SUPERVISOR"],
      ["weights", '{"language":2}'],
      ["ok", "true"],
    ]);
  });

  it("cuts long values and ignores what is not an object", () => {
    const [[, v]] = detailLines({ reason: "x".repeat(500) });
    expect(v).toHaveLength(160);
    expect(v.endsWith("…")).toBe(true);
    expect(detailLines(null)).toEqual([]);
    expect(detailLines("text")).toEqual([]);
    expect(detailLines([1, 2])).toEqual([]);
  });
});

describe("audit trail rules at their edges (mutation survivors)", () => {
  it("areaPrefixes: a named area's own prefixes, none for other", () => {
    expect(areaPrefixes("other")).toEqual([]);
    expect(areaPrefixes("dataRights")).toEqual(["data", "data_rights", "retention"]);
  });
  it("areaOf: an action without a dot is its own prefix; an empty one is other", () => {
    expect(areaOf("")).toBe("other");
    expect(areaOf("retention")).toBe("dataRights");
  });
  it("parseCursor: the whole string only, ids up to 64 characters, milliseconds optional", () => {
    const at = new Date("2026-11-02T10:00:00.000Z");
    const c = `2026-11-02T10:00:00.000Z~${"b".repeat(64)}`;
    expect(parseCursor(c)).toEqual({ at, id: "b".repeat(64) });
    expect(parseCursor(`2026-11-02T10:00:00Z~abc`)).toEqual({ at: new Date("2026-11-02T10:00:00Z"), id: "abc" });
    expect(parseCursor(`x2026-11-02T10:00:00Z~abc`)).toBeNull();
    expect(parseCursor(`2026-11-02T10:00:00Z~abc!`)).toBeNull();
    expect(parseCursor(`2026-11-02T10:00:00Z~${"b".repeat(65)}`)).toBeNull();
    expect(parseCursor(" ".repeat(121))).toBeNull();
    expect(parseCursor("")).toBeNull();
    expect(parseCursor(undefined)).toBeNull();
    // a syntactically fine but impossible date is no cursor
    expect(parseCursor("2026-13-45T99:99:99Z~abc")).toBeNull();
  });
  it("parseCursor refuses a string over 120 characters before reading it", () => {
    const long = `2026-11-02T10:00:00.000Z~${"b".repeat(64)}`.padEnd(121, "c");
    expect(long.length).toBe(121);
    expect(parseCursor(long)).toBeNull();
  });
  it("detailLines: each kind of value, in order, nulls dropped, cut at exactly 160", () => {
    expect(detailLines(null)).toEqual([]);
    expect(detailLines("text")).toEqual([]);
    expect(detailLines([1, 2])).toEqual([]);
    expect(
      detailLines({ a: "word", b: 3, c: false, d: ["x", 2], e: [{ k: 1 }], f: { g: 1 }, h: null, i: undefined }),
    ).toEqual([
      ["a", "word"],
      ["b", "3"],
      ["c", "false"],
      ["d", "x, 2"],
      ["e", '[{"k":1}]'],
      ["f", '{"g":1}'],
    ]);
    expect(detailLines({ s: "x".repeat(160) })).toEqual([["s", "x".repeat(160)]]);
    expect(detailLines({ s: "x".repeat(161) })).toEqual([["s", `${"x".repeat(159)}…`]]);
  });
});
