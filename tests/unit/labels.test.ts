import { describe, expect, expectTypeOf, it } from "vitest";
import * as E from "../../generated/prisma/enums";
import { PHASE_LABEL } from "@/lib/applications/schemas";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { STATUS_LABEL as BOOKING_STATUS_LABEL } from "@/lib/booking/display";
import { LABEL } from "@/lib/format";
import type { Gender, Phase } from "@/lib/people/rules";
import { CATEGORY_LABEL, URGENCY_LABEL } from "@/lib/referrals/schemas";
import { CATEGORY_LABEL as TEMPLATE_CATEGORY_LABEL } from "@/lib/templates/schemas";

/**
 * One label map per enum (issue 9): each covers exactly its enum's values, and the few
 * derived maps take their text from it. Gender and Phase are defined once (lib/people/rules.ts)
 * and agree with the schema's enums.
 */
const keys = (o: object) => Object.keys(o).sort();
const values = (o: object) => Object.values(o).sort();

describe("label maps", () => {
  it.each([
    ["LABEL.category", LABEL.category, E.SupportCategory],
    ["LABEL.urgency", LABEL.urgency, E.Urgency],
    ["LABEL.referralStatus", LABEL.referralStatus, E.ReferralStatus],
    ["LABEL.session", LABEL.session, E.SessionKind],
    ["LABEL.cohortStatus", LABEL.cohortStatus, E.CohortStatus],
    ["LABEL.channel", LABEL.channel, E.ContactChannel],
    ["booking STATUS_LABEL", BOOKING_STATUS_LABEL, E.BookingStatus],
    ["ROLE_LABEL", ROLE_LABEL, E.Role],
    ["PHASE_LABEL", PHASE_LABEL, E.Phase],
    ["templates CATEGORY_LABEL", TEMPLATE_CATEGORY_LABEL, E.TemplateCategory],
  ])("%s names every value of its enum, and nothing else", (_name, map, enumObject) => {
    expect(keys(map)).toEqual(values(enumObject));
    for (const text of Object.values(map)) expect(String(text).trim()).not.toBe("");
  });

  it("the referral form's maps are the one map (urgency spells out 'urgent' only)", () => {
    expect(CATEGORY_LABEL).toBe(LABEL.category);
    expect({ ...URGENCY_LABEL, URGENT: LABEL.urgency.URGENT }).toEqual(LABEL.urgency);
    expect(URGENCY_LABEL.URGENT).toMatch(/^Urgent/);
  });

  it("Gender and Phase are the schema's enums", () => {
    expectTypeOf<Phase>().toEqualTypeOf<E.Phase>();
    expectTypeOf<Gender>().toEqualTypeOf<E.Gender>();
    expect(values(E.Phase)).toEqual(["CLINICAL", "PRECLINICAL"]);
  });
});
