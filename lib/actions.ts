import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState, FieldErrors } from "./action-state";
import { audit as writeAudit, type AuditEntry } from "./audit";
import { actorFor, authorize } from "./auth/guard";
import type { CohortActor, RecordScope, Resource, Role, Verb } from "./auth/permissions";
import { getSessionUserId } from "./auth/session";
import { testContext } from "./auth/test-context";
import { db } from "./db";
import type { Db } from "./db/client";
import { dbRefusal, refusalMessage, type RefusalMessage } from "./db/errors";
import { isKeyLike, msg, type Msg, type MsgValue } from "./i18n/msg";
import { requestTranslator } from "./i18n/server";
import { DEFAULT_LOCALE } from "./i18n/config";
import { translator, type Translator } from "./i18n/translate";

/**
 * The one server-action pipeline (ARCHITECTURE.md, "The write path"). Every exported action is
 * made by one of its three variants, so a reader finds the order of checks in this file only:
 *
 *   defineAction   a record in a cohort:
 *                  1. parse the input (zod): field errors, nothing written;
 *                  2. the caller from the session (never from the input);
 *                  3. `load` the record by the ids in the input, with its RecordScope (the facts
 *                     that decide access: cohort, pair, whom it is about, who owns it);
 *                  4. authorise: every `permission` need is checked against the one table
 *                     (lib/auth/permissions.ts) on that record; a miss is the same refusal as a
 *                     missing record;
 *                  5. `run`: the rule from rules.ts and the writes, inside ONE transaction the
 *                     pipeline opens (`tx`), followed by the `audit` entries in the same transaction;
 *                  6. revalidate; return `{ ok: true, data } | { ok: false, error, fieldErrors }`.
 *   accountAction  the caller's own account (profile, applying to a cohort): steps 1, 2, 5, 6;
 *                  `load` is scoped by the caller's user id.
 *   publicAction   no session (invitation links, password reset): the credential in the input is
 *                  the authority, checked by `load`; the same error masking.
 *
 * User mistakes are thrown with ruleError/refuse (or returned) and come back as plain messages;
 * a database constraint that refuses a write is mapped by name (lib/db/errors.ts); anything else
 * is logged with an id and shown as a generic message.
 *
 * Every message for the person (ruleError, refuse, successMessage, zod messages, constraint
 * messages, `refused`) is a Msg (lib/i18n/msg.ts): a descriptor `msg(key, values)` or a catalog
 * key, translated here into the caller's language just before the result is returned, or a plain
 * string from an area not converted yet, returned as it is (docs/i18n.md, "Server messages").
 */

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Field errors before translation: each a Msg (FieldErrors, plain strings, is one too). */
export type FieldMsgs = Record<string, Msg[] | undefined>;

export class ActionError extends Error {
  constructor(
    readonly msg: Msg,
    readonly fieldErrors?: FieldMsgs,
    readonly code: "forbidden" | "not_found" | "rule" | "conflict" = "rule",
    /** ids the form can act on (ActionState's `offer`), not errors of a field */
    readonly offer?: Record<string, string>,
  ) {
    super(typeof msg === "string" ? msg : msg.key);
    this.name = "ActionError";
  }
}

/** The caller may not do this (or the record is outside their reach: same answer, no hint). */
export function refuse(message: Msg = msg("actions.forbidden")): never {
  throw new ActionError(message, undefined, "forbidden");
}

/** A programme rule says no; optionally on one field. */
export function ruleError(message: Msg, field?: string): never {
  throw new ActionError(message, field ? { [field]: [message] } : undefined, "rule");
}

/** One permission the action needs on the loaded record (its scope, refined by `scope`). */
export interface Need {
  verb: Verb;
  resource: Resource;
  /** only through this role's cell */
  as?: Role;
  /** facts to add to the record's scope for this need (e.g. one recipient as the subject) */
  scope?: Partial<RecordScope>;
  /** what to say when this need is refused, where a reason helps the person (default: no hint) */
  refusal?: string;
}

/** What every loader returns: the record, with the facts that decide access. */
export interface Scoped {
  scope: RecordScope;
}

type AuditDraft = Omit<AuditEntry, "actorId"> & { actorId?: string | null };
type AuditDrafts = AuditDraft | (AuditDraft | null | undefined | false)[] | null | undefined | false;

interface Common<S extends z.ZodType, T> {
  /** For logs: "profile.update". */
  name: string;
  schema: S;
  /** Paths to revalidate after a successful write. */
  revalidate?: (data: T, input: z.output<S>) => string[];
  /** Message for the person: msg("profile.saved") (or, until the area is converted, "Saved."). */
  successMessage?: Msg | ((data: T, input: z.output<S>) => Msg);
  /** This action's own wording for a constraint (by name); lib/db/errors.ts has the defaults. */
  conflicts?: Record<string, RefusalMessage>;
  /** Input fields never echoed back to the form (passwords). */
  secretFields?: string[];
  /** Transaction options (e.g. longer waits behind a hot row lock). */
  transaction?: { maxWait?: number; timeout?: number };
}

export interface RunContext<I, R> {
  userId: string;
  input: I;
  record: R;
  /** the caller's roles and pair in the record's cohort */
  actor: CohortActor;
  /** the roles through which the first need was granted (ROLE_ORDER) */
  roles: Role[];
  /** the caller's membership id in the first granting role (e.g. the mentor's, for a contact) */
  membershipId: string;
  tx: Tx;
}

export interface ActionConfig<S extends z.ZodType, R extends Scoped, T> extends Common<S, T> {
  /** The record the action touches, loaded by the ids in the input (through db(), before the
   *  transaction). null: refused like a missing record. A loader may throw ruleError. */
  load: (ctx: { userId: string; input: z.output<S> }) => Promise<R | null | undefined>;
  /** What the caller needs on that record, from the one permission table. */
  permission: Need | readonly Need[] | ((record: R, input: z.output<S>) => Need | readonly Need[]);
  /** The rule and the writes, inside the transaction. Read and write through `tx` only. */
  run: (ctx: RunContext<z.output<S>, R>) => Promise<T>;
  /** Audit entries, written in the same transaction (actor: the caller; cohort: the record's). */
  audit?: (data: T, ctx: Omit<RunContext<z.output<S>, R>, "tx">) => AuditDrafts;
}

export interface AccountConfig<S extends z.ZodType, R, T> extends Common<S, T> {
  /** Optional: what the action needs, loaded scoped by the caller's user id. null: refused. */
  load?: (ctx: { userId: string; input: z.output<S> }) => Promise<R | null | undefined>;
  run: (ctx: { userId: string; input: z.output<S>; record: R; tx: Tx }) => Promise<T>;
  audit?: (data: T, ctx: { userId: string; input: z.output<S>; record: R }) => AuditDrafts;
}

export interface PublicConfig<S extends z.ZodType, R, T> extends Common<S, T> {
  /** Checks the credential in the input (a token) and loads what it grants; null: `refused`. */
  load: (ctx: { input: z.output<S> }) => Promise<R | null | undefined>;
  /** The one answer for a missing, used or expired credential (no hint which). */
  refused: Msg;
  run: (ctx: { input: z.output<S>; record: R; tx: Tx }) => Promise<T>;
  audit?: (data: T, ctx: { input: z.output<S>; record: R }) => AuditDrafts;
}

// ---------------------------------------------------------------- form data and echo

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

/**
 * A zod issue's message as a Msg: a catalog key ("profile.errors.phoneTooLong") becomes a
 * descriptor whose values are the issue's limits ({maximum}, {minimum}) and a custom issue's
 * `params`; anything else (an English sentence, zod's own default) stays as it is.
 */
function issueMsg(issue: z.core.$ZodIssue): Msg {
  if (!isKeyLike(issue.message)) return issue.message;
  const values: Record<string, MsgValue> = {};
  const i = issue as { maximum?: unknown; minimum?: unknown; params?: Record<string, unknown> };
  for (const [k, v] of Object.entries({ maximum: i.maximum, minimum: i.minimum, ...i.params })) {
    if (typeof v === "string" || typeof v === "number" || v instanceof Date) values[k] = v;
    else if (typeof v === "bigint") values[k] = Number(v);
  }
  return msg(issue.message, values);
}

export function zodFieldMsgs(error: z.ZodError): FieldMsgs {
  const out: Record<string, Msg[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issueMsg(issue));
  }
  return out;
}

/** Field errors in the reader's language. */
function resolveFields(tr: Translator, fields: FieldMsgs | undefined): FieldErrors | undefined {
  if (!fields) return undefined;
  return Object.fromEntries(Object.entries(fields).map(([k, list]) => [k, list?.map((m) => tr.resolve(m))]));
}

/** English field errors (tests and callers outside a request). */
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

/** Control characters other than TAB, LF and CR (NUL above all: PostgreSQL refuses it in text). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A catalog key (messages/<locale>/actions.json), translated by the pipeline. */
export const CONTROL_CHARACTER_MESSAGE = "actions.controlCharacters";

/**
 * Step 1, before the schema: every string in the input, however deep, is free of control
 * characters (issue 16). A field error on the offending field (nested paths joined by "."), so the
 * person sees where; nothing reaches the database.
 */
export function controlCharacterErrors(raw: unknown, path: string[] = [], out: FieldMsgs = {}): FieldMsgs {
  if (typeof raw === "string") {
    if (CONTROL.test(raw)) (out[path.length ? path.join(".") : "_form"] ??= []).push(CONTROL_CHARACTER_MESSAGE);
  } else if (Array.isArray(raw)) {
    raw.forEach((v, i) => controlCharacterErrors(v, [...path, String(i)], out));
  } else if (raw && typeof raw === "object" && !(raw instanceof Date)) {
    for (const [k, v] of Object.entries(raw)) {
      if (CONTROL.test(k)) (out._form ??= []).push(CONTROL_CHARACTER_MESSAGE);
      else controlCharacterErrors(v, [...path, k], out);
    }
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

// ---------------------------------------------------------------- the shared core

/** Steps 1 and 6 and the error handling, around the variant's own steps 2-5. */
function pipeline<S extends z.ZodType, T>(
  config: Common<S, T>,
  needsSession: boolean,
  body: (input: z.output<S>, userId: string | null) => Promise<T>,
) {
  return async function action(_prev: ActionState<T> | null, payload: FormData | z.input<S>): Promise<ActionState<T>> {
    const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
    const values = echo(raw, config.secretFields);

    // Messages are translated for the caller only when there is one to give.
    // (English if even the reader's language cannot be read: the database may be what failed.)
    const tr = () => requestTranslator().catch(() => translator(DEFAULT_LOCALE));

    // 1. parse (control characters are refused first, on the field that holds them)
    const control = controlCharacterErrors(raw);
    if (Object.keys(control).length > 0) {
      const t = await tr();
      return { ok: false, error: t.t("actions.invalid"), fieldErrors: resolveFields(t, control), values };
    }
    const parsed = config.schema.safeParse(raw);
    if (!parsed.success) {
      const t = await tr();
      return {
        ok: false,
        error: t.t("actions.invalid"),
        fieldErrors: resolveFields(t, zodFieldMsgs(parsed.error)),
        values,
      };
    }
    // 2. who is calling
    const userId = needsSession ? await getSessionUserId() : null;
    if (needsSession && !userId) return { ok: false, error: (await tr()).t("actions.sessionEnded"), values };

    try {
      const data = await body(parsed.data, userId);
      // 6. revalidate and answer
      revalidate(config.revalidate?.(data, parsed.data) ?? []);
      const message =
        typeof config.successMessage === "function" ? config.successMessage(data, parsed.data) : config.successMessage;
      return { ok: true, data, message: message === undefined ? undefined : (await tr()).resolve(message) };
    } catch (error) {
      if (error instanceof ActionError) {
        const t = await tr();
        return {
          ok: false,
          error: t.resolve(error.msg),
          fieldErrors: resolveFields(t, error.fieldErrors),
          values,
          ...(error.offer ? { offer: error.offer } : {}),
        };
      }
      const refusal = dbRefusal(error);
      if (refusal) {
        const { message, field } = refusalMessage(refusal, config.conflicts);
        const text = (await tr()).resolve(message);
        return { ok: false, error: text, fieldErrors: field ? { [field]: [text] } : undefined, values };
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
      return { ok: false, error: (await tr()).t("actions.unexpected", { id }), values };
    }
  };
}

function auditList(drafts: AuditDrafts, actorId: string | null, cohortId: string | null): AuditEntry[] {
  const list = Array.isArray(drafts) ? drafts : [drafts];
  return list
    .filter((d): d is AuditDraft => !!d)
    .map((d) => ({ ...d, actorId: d.actorId === undefined ? actorId : d.actorId, cohortId: d.cohortId ?? cohortId }));
}

/** Steps 5 (run and audit in one transaction). */
function inTransaction<T>(
  options: Common<z.ZodType, T>["transaction"],
  run: (tx: Tx) => Promise<T>,
  audits: (data: T) => AuditEntry[],
): Promise<T> {
  return db().$transaction(async (tx) => {
    const data = await run(tx);
    for (const entry of audits(data)) await writeAudit(tx, entry);
    return data;
  }, options);
}

// ---------------------------------------------------------------- the variants

/** An action on a record in a cohort: load, authorise from the table, run + audit in one transaction. */
export function defineAction<S extends z.ZodType, R extends Scoped, T>(config: ActionConfig<S, R, T>) {
  return pipeline<S, T>(config, true, async (input, userId) => {
    const uid = userId as string;
    // 3. the record, with the facts that decide access
    const record = await config.load({ userId: uid, input });
    if (!record) refuse();
    // 4. authorise every need on it, from the one table
    const actor = await actorFor(uid, record.scope.cohortId);
    const needs = typeof config.permission === "function" ? config.permission(record, input) : config.permission;
    const list: readonly Need[] = Array.isArray(needs) ? needs : [needs as Need];
    if (list.length === 0) throw new Error(`${config.name}: an action must need at least one permission`);
    let roles: Role[] = [];
    list.forEach((need, i) => {
      const granted = authorize(
        actor,
        need.verb,
        need.resource,
        { ...record.scope, ...need.scope },
        need.as,
        need.refusal,
      );
      if (i === 0) roles = granted;
    });
    const membershipId = actor.membershipIds[roles[0]];
    if (!membershipId) refuse();
    // 5. the rule and the writes, then the audit, in one transaction
    const base = { userId: uid, input, record, actor, roles, membershipId };
    return inTransaction(
      config.transaction,
      (tx) => config.run({ ...base, tx }),
      (data) => (config.audit ? auditList(config.audit(data, base), uid, record.scope.cohortId) : []),
    );
  });
}

/** An action on the caller's own account: no cohort permission; `load` is scoped by the user id. */
export function accountAction<S extends z.ZodType, T, R = undefined>(config: AccountConfig<S, R, T>) {
  return pipeline<S, T>(config, true, async (input, userId) => {
    const uid = userId as string;
    const record = (config.load ? await config.load({ userId: uid, input }) : undefined) as R | null | undefined;
    if (config.load && !record) refuse();
    const base = { userId: uid, input, record: record as R };
    return inTransaction(
      config.transaction,
      (tx) => config.run({ ...base, tx }),
      (data) => (config.audit ? auditList(config.audit(data, base), uid, null) : []),
    );
  });
}

/** An action without a session: the credential in the input is the authority. */
export function publicAction<S extends z.ZodType, R, T>(config: PublicConfig<S, R, T>) {
  return pipeline<S, T>(config, false, async (input) => {
    const record = await config.load({ input });
    if (!record) throw new ActionError(config.refused, undefined, "forbidden");
    const base = { input, record };
    return inTransaction(
      config.transaction,
      (tx) => config.run({ ...base, tx }),
      (data) => (config.audit ? auditList(config.audit(data, base), null, null) : []),
    );
  });
}
