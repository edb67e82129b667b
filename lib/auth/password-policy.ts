import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { msg, type Msg } from "../i18n/msg";
import { PASSWORD_MIN_LENGTH } from "./schemas";

/**
 * The password rule (issue 16, item 6), checked on the server wherever a password is set
 * (invitation, reset, change): at least 12 characters, not the person's own name or email, and not
 * common or a simple pattern (zxcvbn-ts with its list of ~40,000 common passwords, keyboard walks,
 * repeats, sequences and dates; score 3 of 4 required). Argon2id stores it (lib/auth/password.ts).
 * Length is also in the zod schema so the form shows it at once; this adds what needs the list
 * and the person's facts, and stays out of client bundles.
 */
export const PASSWORD_MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return checker;
}

/** Catalog keys (messages/<locale>/account.json), translated for the reader by the action pipeline. */
export const PASSWORD_PERSONAL = "account.rules.personal";
export const PASSWORD_WEAK = "account.rules.weak";

/** null when acceptable; otherwise the message for the password field. */
export function passwordProblem(password: string, person: { name?: string | null; email?: string | null }): Msg | null {
  if (password.length < PASSWORD_MIN_LENGTH) return msg("account.rules.tooShort", { minimum: PASSWORD_MIN_LENGTH });
  const lower = password.toLowerCase();
  const local = person.email?.toLowerCase().split("@")[0] ?? "";
  const personal = [
    ...(person.name ?? "").toLowerCase().split(/[\s.\-_']+/),
    ...local.split(/[.\-_+]+/),
    local,
    person.email?.toLowerCase() ?? "",
  ].filter((p) => p.length >= 3);
  if (personal.some((p) => lower.includes(p))) return PASSWORD_PERSONAL;
  const { score } = zxcvbn().check(password.slice(0, 100), personal);
  return score < PASSWORD_MIN_SCORE ? PASSWORD_WEAK : null;
}
