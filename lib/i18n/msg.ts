/**
 * A message for a person that is translated where the reader's language is known (the action
 * pipeline, the email renderer), not where it is written (docs/i18n.md, "Server messages"):
 *
 *   ruleError(msg("booking.errors.tooLate", { hours: 24 }), "startsAt")
 *   successMessage: msg("profile.saved")
 *   z.string().max(30, "profile.errors.phoneTooLong")   // a zod message that is a catalog key
 *
 * A Msg is either a descriptor (key + ICU values) or a plain string. A plain string that is a
 * catalog key ("profile.saved") is translated; any other string (an English sentence from an
 * area not converted yet) is shown as it is. So converted and unconverted areas coexist.
 * Shared by server and client code: no imports.
 */
export type MsgValue = string | number | Date;
export interface MsgDescriptor {
  key: string;
  values?: Record<string, MsgValue>;
}
export type Msg = string | MsgDescriptor;

/** A translatable message: `key` is "<namespace>.<path>", e.g. "actions.sessionEnded". */
export function msg(key: string, values?: Record<string, MsgValue>): MsgDescriptor {
  return values ? { key, values } : { key };
}

/** "namespace.path.to.key": letters, digits and _, at least one dot, no spaces (never a sentence). */
const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

export function isKeyLike(value: string): boolean {
  return KEY.test(value);
}

export function isMsgDescriptor(value: unknown): value is MsgDescriptor {
  return !!value && typeof value === "object" && typeof (value as MsgDescriptor).key === "string";
}
