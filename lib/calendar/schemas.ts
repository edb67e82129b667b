import { z } from "zod";

/** Creating or revoking the caller's own feed link takes no input. */
export const calendarFeedSchema = z.object({});
