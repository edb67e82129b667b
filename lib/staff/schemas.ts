import { z } from "zod";
import { STAFF_ROLES } from "./rules";

const id = z.string().trim().min(1).max(64);

export const addStaffSchema = z.object({
  cohortId: id,
  role: z.enum(STAFF_ROLES, { message: "staff.errors.roleMissing" }),
  name: z.string().trim().min(1, "staff.errors.nameMissing").max(120, "staff.errors.nameTooLong"),
  email: z.string().trim().toLowerCase().email("staff.errors.emailInvalid").max(254),
});

export const membershipSchema = z.object({ membershipId: id });
