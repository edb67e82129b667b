import { z } from "zod";
import { newPasswordField } from "../auth/schemas";

const confirmMatches = (v: { password: string; confirm: string }, ctx: z.RefinementCtx) => {
  if (v.password !== v.confirm)
    ctx.addIssue({ code: "custom", path: ["confirm"], message: "The two passwords differ." });
};

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(200),
    password: newPasswordField,
    confirm: z.string(),
  })
  .superRefine(confirmMatches);

export const requestResetSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address you sign in with.").max(254),
});

export const resetPasswordSchema = z
  .object({ token: z.string().trim().min(20).max(200), password: newPasswordField, confirm: z.string() })
  .superRefine(confirmMatches);

export const endSessionSchema = z.object({ sessionId: z.string().trim().min(1).max(64) });
export const noInputSchema = z.object({});
export const exportSchema = z.object({ format: z.enum(["json", "csv"], { message: "Choose JSON or CSV." }) });

export const updateNameSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(120, "Keep the name under 120 characters."),
});
