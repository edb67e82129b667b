"use server";
import { accountAction } from "../actions";
import { msg } from "../i18n/msg";
import { updateProfileSchema } from "./schemas";

/**
 * A person edits their own contact phone and preferred channel. The record is the caller's own
 * user row, derived from the session: no id is taken from the form.
 */
export const updateProfileAction = accountAction({
  name: "profile.update",
  schema: updateProfileSchema,
  successMessage: msg("settings.contact.saved"),
  revalidate: () => ["/settings"],
  async run({ userId, input, tx }) {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { phone: true, preferredChannel: true } });
    if (!before) throw new Error("signed-in user not found");
    const after = {
      phone: input.phone === "" ? null : input.phone,
      preferredChannel: input.preferredChannel === "" ? null : input.preferredChannel,
    };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
    if (changed.length > 0) await tx.user.update({ where: { id: userId }, data: after, select: { id: true } });
    return { changed };
  },
  // Personal data: record which fields changed, never their values.
  audit: ({ changed }, { userId }) =>
    changed.length > 0 && { action: "profile.updated", entity: "User", entityId: userId, detail: { fields: changed } },
});
