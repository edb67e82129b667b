import { describe, expect, it } from "vitest";
import { logSubject, namePlaceholders } from "@/lib/templates/rules";

describe("the send log's subject", () => {
  it("one mentee, or the same subject for all: the subject as sent", () => {
    expect(logSubject("Hello {{menteeFirstName}}", ["Hello Lena"])).toEqual({
      subject: "Hello Lena",
      personalised: false,
    });
    expect(logSubject("Exam week", ["Exam week", "Exam week"])).toEqual({ subject: "Exam week", personalised: false });
  });
  it("a personalised group send: the template's own subject, not the first mentee's copy", () => {
    expect(logSubject("Hello {{menteeFirstName}}", ["Hello Lena", "Hello Amir"])).toEqual({
      subject: "Hello {{menteeFirstName}}",
      personalised: true,
    });
  });
  it("a template deleted since: the first copy, still marked personalised", () => {
    expect(logSubject(null, ["Hello Lena", "Hello Amir"])).toEqual({ subject: "Hello Lena", personalised: true });
  });
  it("names the placeholders in words, leaving unknown ones alone", () => {
    const words = { menteeFirstName: "first name", mentorName: "mentor", nextMeeting: "next meeting" };
    expect(namePlaceholders("Hi {{ menteeFirstName }}, {{other}}", words)).toBe("Hi [first name], {{other}}");
  });
});
