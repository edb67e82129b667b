import { z } from "zod";
import { MAX_WEEKS } from "./rules";

const id = (message: string) => z.string().trim().min(1, message).max(40);
const reason = (max: number, message: string) => z.string().trim().max(max, message);

/** A mentor opens face-to-face times for the group: one-off or weekly. */
export const createSlotsSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "meetings.errors.chooseDate"),
  time: z.string().regex(/^\d{2}:\d{2}$/, "meetings.errors.chooseTime"),
  durationMinutes: z.coerce
    .number({ message: "meetings.errors.durationNumber" })
    .int()
    .min(15, "meetings.errors.durationMin")
    .max(240, "meetings.errors.durationMax"),
  kind: z.enum(["INDIVIDUAL", "GROUP"], { message: "meetings.errors.kind" }),
  capacity: z.coerce
    .number({ message: "meetings.errors.seatsNumber" })
    .int("meetings.errors.wholeNumber")
    .min(1, "meetings.errors.seatsMin")
    .max(50, "meetings.errors.seatsMax")
    .optional(),
  place: z.string().trim().min(2, "meetings.errors.placeShort").max(200, "meetings.errors.placeLong"),
  weeks: z.coerce
    .number({ message: "meetings.errors.weeksNumber" })
    .int("meetings.errors.wholeNumber")
    .min(1, "meetings.errors.weeksMin")
    .max(MAX_WEEKS, "meetings.errors.weeksMax")
    .default(1),
});
export type CreateSlotsInput = z.input<typeof createSlotsSchema>;

export const cancelSlotSchema = z.object({
  slotId: id("meetings.errors.chooseSlot"),
  message: reason(500, "meetings.errors.messageLong").min(3, "meetings.errors.messageShort"),
});

export const bookSlotSchema = z.object({ slotId: id("meetings.errors.chooseSlot") });

export const cancelBookingSchema = z.object({
  bookingId: id("meetings.errors.chooseMeeting"),
  reason: reason(500, "meetings.errors.reasonLong").optional().default(""),
  /** Mentors and coordinators, inside the notice window only. */
  overrideReason: reason(500, "meetings.errors.reasonLong").optional().default(""),
});

export const rescheduleBookingSchema = z.object({
  bookingId: id("meetings.errors.chooseMeeting"),
  slotId: id("meetings.errors.chooseNewTime"),
});

export const markAttendanceSchema = z.object({
  bookingId: id("meetings.errors.chooseMeeting"),
  mark: z.enum(["ATTENDED", "NO_SHOW"], { message: "meetings.errors.mark" }),
});
