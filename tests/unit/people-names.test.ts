import { describe, expect, it } from "vitest";
import { displayName, nameKey, sharedNames, withDisplayNames } from "@/lib/people/names";

describe("telling people with the same name apart (issue 10, item 2)", () => {
  it("a unique name is shown alone", () => {
    const people = withDisplayNames([
      { name: "Sara Ahmadi", email: "sara@uni.test" },
      { name: "Reza Karimi", email: "reza@uni.test" },
    ]);
    expect(people.map((p) => p.displayName)).toEqual(["Sara Ahmadi", "Reza Karimi"]);
  });
  it("two people with one name: the student number, else the email", () => {
    const people = withDisplayNames([
      { name: "Sara Ahmadi", email: "sara.a@uni.test", studentNumber: "40321" },
      { name: "Sara Ahmadi", email: "sara.b@uni.test", studentNumber: null },
      { name: "Reza Karimi", email: "reza@uni.test", studentNumber: "40999" },
    ]);
    expect(people.map((p) => p.displayName)).toEqual([
      "Sara Ahmadi (40321)",
      "Sara Ahmadi (sara.b@uni.test)",
      "Reza Karimi",
    ]);
  });
  it("names compare without case, outer or doubled spaces and Unicode form", () => {
    expect(nameKey("  SARA   Ahmadi ")).toBe("sara ahmadi");
    // "é" precomposed and as e + combining accent
    expect(nameKey("Ren\u00e9")).toBe(nameKey("Rene\u0301"));
    const shared = sharedNames([{ name: "sara ahmadi" }, { name: "Sara  Ahmadi" }, { name: "Ali" }]);
    expect([...shared]).toEqual(["sara ahmadi"]);
    expect(displayName({ name: "Sara  Ahmadi", email: "s2@uni.test" }, shared)).toBe("Sara  Ahmadi (s2@uni.test)");
    expect(displayName({ name: "Ali", email: "ali@uni.test" }, shared)).toBe("Ali");
  });
  it("Persian and Korean names too", () => {
    const people = withDisplayNames([
      { name: "سارا احمدی", email: "a@uni.test" },
      { name: "سارا احمدی", email: "b@uni.test" },
      { name: "김민준", email: "c@uni.test" },
    ]);
    expect(people.map((p) => p.displayName)).toEqual(["سارا احمدی (a@uni.test)", "سارا احمدی (b@uni.test)", "김민준"]);
  });
});
