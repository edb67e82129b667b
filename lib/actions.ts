import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { getSessionUserId } from "./auth/session";
import { testContext } from "./auth/test-context";
import type { ActionState, FieldErrors } from "./action-state";

/**
 * The one server-action pipeline (ARCHITECTURE.md, "The write path"):
 *   1. parse the input with the area's zod schema: field errors, nothing written;
 *   2. resolve the caller from the session (never from the input);
 *   3-5. `run` loads the record scoped to the caller, checks `can()` on it, applies the rule
 *        from rules.ts and writes in one transaction (with `audit()` for sensitive data);
 *   6. revalidate, and return `{ ok: true, data } | { ok: false, error, fieldErrors }`.
 * User mistakes are thrown as ActionError (or returned) and come back as plain messages;
 * anything else is logged with an id and shown as a generic message.
 */

export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly code: "forbidden" | "not_found" | "rule" | "conflict" = "rule",
  ) {
    super(message);
    this.name = "ActionError";
  }
}

/** The caller may not do this (or the record is outside their reach: same answer, no hint). */
export function refuse(message = "You do not have permission to do that."): never {
  throw new ActionError(message, undefined, "forbidden");
}

/** A programme rule says no; optionally on one field. */
export function ruleError(message: string, field?: string): never {
  throw new ActionError(message, field ? { [field]: [message] } : undefined, "rule");
}

export interface ActionContext<I> {
  userId: string;
  input: I;
}

export interface ActionConfig<S extends z.ZodType, T> {
  /** For logs: "profile.update". */
  name: string;
  schema: S;
  run: (ctx: ActionContext<z.output<S>>) => Promise<T>;
  /** Paths to revalidate after a successful write. */
  revalidate?: (data: T, input: z.output<S>) => string[];
  /** Message for the person, e.g. "Saved". */
  successMessage?: string | ((data: T) => string);
  /** Unique-constraint names (or field lists) mapped to messages a person understands. */
  conflicts?: Record<string, { message: string; field?: string }>;
  /** Input fields never echoed back to the form (passwords). */
  secretFields?: string[];
}

/** FormData to a plain object: repeated keys become arrays; files are dropped. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function echo(raw: unknown, secret: string[] = []): Record<string, string | string[]> | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (secret.includes(k)) continue;
    if (typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string"))) out[k] = v;
    else if (typeof v === "number" || typeof v === "boolean") out[k] = String(v);
  }
  return out;
}

function revalidate(paths: string[]) {
  const t = testContext();
  for (const p of paths) {
    if (t) t.revalidated.push(p);
    else revalidatePath(p);
  }
}

export function defineAction<S extends z.ZodType, T>(config: ActionConfig<S, T>) {
  return async function action(_prev: ActionState<T> | null, payload: FormData | z.input<S>): Promise<ActionState<T>> {
    const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
    const values = echo(raw, config.secretFields);

    // 1. parse
    const parsed = config.schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: "Please correct the highlighted fields.",
        fieldErrors: zodFieldErrors(parsed.error),
        values,
      };
    }
    // 2. who is calling
    const userId = await getSessionUserId();
    if (!userId) return { ok: false, error: "Your session has ended. Please sign in again.", values };

    try {
      // 3-5. permission on the record, rule, transaction, audit
      const data = await config.run({ userId, input: parsed.data });
      // 6. revalidate and answer
      revalidate(config.revalidate?.(data, parsed.data) ?? []);
      const message = typeof config.successMessage === "function" ? config.successMessage(data) : config.successMessage;
      return { ok: true, data, message };
    } catch (error) {
      if (error instanceof ActionError) {
        return { ok: false, error: error.message, fieldErrors: error.fieldErrors, values };
      }
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        const target = JSON.stringify(error.meta ?? {});
        const hit = Object.entries(config.conflicts ?? {}).find(([key]) => target.includes(key));
        const conflict = hit?.[1] ?? { message: "That conflicts with a change someone just made. Please reload." };
        return {
          ok: false,
          error: conflict.message,
          fieldErrors: conflict.field ? { [conflict.field]: [conflict.message] } : undefined,
          values,
        };
      }
      const id = randomUUID().slice(0, 8);
      // Log the error's kind and stack, never the input (it may hold notes or referral text).
      const e = error as { name?: string; code?: string; stack?: string };
      // Prisma's messages can quote query arguments: keep only the frames of the stack.
      const frames = (e.stack ?? "")
        .split("\n")
        .filter((l) => l.trimStart().startsWith("at "))
        .slice(0, 8);
      console.error(
        `[action ${config.name}] unexpected error ${id}: ${e.name ?? "Error"} ${e.code ?? ""}\n${frames.join("\n")}`,
      );
      return { ok: false, error: `Something went wrong on our side (reference ${id}). Please try again.`, values };
    }
  };
}
