"use server";
import { randomBytes } from "node:crypto";
import { accountAction } from "../actions";
import { msg } from "../i18n/msg";
import { calendarFeedSchema } from "./schemas";
import { hashFeedToken } from "./token";

/** A new private feed URL (any older one stops working). Only its sha-256 is stored. */
export const createCalendarFeedAction = accountAction({
  name: "calendar_feed.create",
  schema: calendarFeedSchema,
  successMessage: msg("calendar.feedReady"),
  async run({ userId, tx }) {
    const token = randomBytes(24).toString("base64url");
    await tx.user.update({
      where: { id: userId },
      data: { calendarTokenHash: hashFeedToken(token) },
      select: { id: true },
    });
    return { path: `/api/calendar/feed/${token}` };
  },
  audit: (_d, { userId }) => ({ action: "calendar_feed.created", entity: "User", entityId: userId }),
});

/** Switches the private feed off: calendars subscribed to it stop updating. */
export const revokeCalendarFeedAction = accountAction({
  name: "calendar_feed.revoke",
  schema: calendarFeedSchema,
  successMessage: msg("calendar.feedRevoked"),
  async run({ userId, tx }) {
    await tx.user.update({ where: { id: userId }, data: { calendarTokenHash: null }, select: { id: true } });
    return { revoked: true };
  },
  audit: (_d, { userId }) => ({ action: "calendar_feed.revoked", entity: "User", entityId: userId }),
});
