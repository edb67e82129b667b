import { z } from "zod";
import { newPasswordField } from "../auth/schemas";

export const firstRunSchema = z
  .object({
    setupToken: z.string().trim().min(1, "firstRun.errors.tokenMissing").max(200),
    name: z.string().trim().min(1, "firstRun.errors.nameMissing").max(120, "firstRun.errors.nameTooLong"),
    email: z.string().trim().toLowerCase().email("firstRun.errors.emailInvalid").max(254),
    password: newPasswordField,
    confirm: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.confirm)
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "firstRun.errors.passwordsDiffer" });
  });
