import { z } from "zod";
import { newPasswordField } from "../auth/schemas";

const confirmMatches = (v: { password: string; confirm: string }, ctx: z.RefinementCtx) => {
  if (v.password !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "account.rules.differ" });
};

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "account.rules.currentMissing").max(200),
    password: newPasswordField,
    confirm: z.string(),
  })
  .superRefine(confirmMatches);

export const requestResetSchema = z.object({
  email: z.string().trim().toLowerCase().email("account.forgot.emailInvalid").max(254),
});

export const resetPasswordSchema = z
  .object({ token: z.string().trim().min(20).max(200), password: newPasswordField, confirm: z.string() })
  .superRefine(confirmMatches);

export const endSessionSchema = z.object({ sessionId: z.string().trim().min(1).max(64) });
export const noInputSchema = z.object({});
export const exportSchema = z.object({ format: z.enum(["json", "csv"], { message: "account.export.format" }) });

export const updateNameSchema = z.object({
  name: z.string().trim().min(1, "account.name.missing").max(120, "account.name.tooLong"),
});
