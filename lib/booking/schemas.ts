import { z } from "zod";
import { MAX_WEEKS } from "./rules";

const id = (what: string) => z.string().trim().min(1, `Choose a ${what}.`).max(40);
const reason = (max: number, message: string) => z.string().trim().max(max, message);

/** A mentor opens face-to-face times for the group: one-off or weekly. */
export const createSlotsSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date."),
  time: z.string().regex(/^\d{2}:\d{2}$/, "Choose a start time."),
  durationMinutes: z.coerce
    .number({ message: "Choose how long the meeting lasts." })
    .int()
    .min(15, "At least 15 minutes.")
    .max(240, "At most 4 hours."),
  kind: z.enum(["INDIVIDUAL", "GROUP"], { message: "Choose one-to-one or group." }),
  capacity: z.coerce
    .number({ message: "Enter the number of seats." })
    .int("Enter a whole number.")
    .min(1, "At least one seat.")
    .max(50, "At most 50 seats.")
    .optional(),
  place: z.string().trim().min(2, "Say where you will meet.").max(200, "Keep the place under 200 characters."),
  weeks: z.coerce
    .number({ message: "Enter the number of weeks." })
    .int("Enter a whole number.")
    .min(1, "At least 1 week.")
    .max(MAX_WEEKS, `At most ${MAX_WEEKS} weeks.`)
    .default(1),
});
export type CreateSlotsInput = z.input<typeof createSlotsSchema>;

export const cancelSlotSchema = z.object({
  slotId: id("time"),
  message: reason(500, "Keep the message under 500 characters.").min(
    3,
    "Tell the booked mentees why (they receive this message).",
  ),
});

export const bookSlotSchema = z.object({ slotId: id("time") });

export const cancelBookingSchema = z.object({
  bookingId: id("meeting"),
  reason: reason(500, "Keep the reason under 500 characters.").optional().default(""),
  /** Mentors and coordinators, inside the notice window only. */
  overrideReason: reason(500, "Keep the reason under 500 characters.").optional().default(""),
});

export const rescheduleBookingSchema = z.object({
  bookingId: id("meeting"),
  slotId: id("new time"),
});

export const markAttendanceSchema = z.object({
  bookingId: id("meeting"),
  mark: z.enum(["ATTENDED", "NO_SHOW"], { message: "Choose attended or did not come." }),
});
