import { z } from "zod";

/** Shared by every form that sets a password; the full rule is lib/auth/password-policy.ts. */
export const PASSWORD_MIN_LENGTH = 12;

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, "Keep the password under 200 characters.");
