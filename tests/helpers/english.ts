import { isMsgDescriptor, type Msg } from "@/lib/i18n/msg";
import { translator } from "@/lib/i18n/translate";

const en = translator("en");

/**
 * A rule's answer read in English: a Msg (descriptor or key) becomes its English text, and so
 * does the `message` of a { message, field } refusal; anything else is returned as it is. Rule
 * tests wrap the rules with it and keep comparing the sentences a person reads.
 */
export function english<R>(r: R): R extends Msg ? string : R {
  if (isMsgDescriptor(r)) return en.resolve(r) as never;
  if (r && typeof r === "object" && "message" in r) return { ...r, message: en.resolve(r.message as Msg) } as never;
  return r as never;
}

/** `fn` with its answer read in English (english). */
export function inEnglish<A extends unknown[], R>(fn: (...a: A) => R): (...a: A) => R extends Msg ? string : R {
  return (...a) => english(fn(...a));
}
