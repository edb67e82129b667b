import { z } from "zod";

/** Shared by every form that sets a password; the full rule is lib/auth/password-policy.ts. */
export const PASSWORD_MIN_LENGTH = 12;

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "account.rules.tooShort")
  .max(200, "account.rules.tooLong");
