/** The demo's two referrals: what the mentors wrote and what the supervisor answered. */

/** The referral under review (psychological, soon), about `first`. */
export const wellbeingReason = (first: string) =>
  `Over our last few calls ${first} has described sleeping badly, losing interest in studying and feeling isolated since the start of the semester. ` +
  `I asked directly about thoughts of self-harm: none. ${first} would like to talk to someone at the counselling centre and agreed that they may make contact.`;

export const WELLBEING_ACKNOWLEDGEMENT =
  "Thank you — under review. I will speak to the counselling centre about a first appointment this week.";

/** The new routine referral (educational), about `first`. */
export const studiesReason = (first: string) =>
  `${first} failed the anatomy midterm and is unsure about the resit rules and whether a reduced study plan is possible. Would benefit from advice by the Educational Affairs Office.`;

/** The contact notes the two referrals came from. */
export const WELLBEING_CONTACT_NOTE =
  "Low mood and poor sleep for several weeks. Asked directly: no thoughts of self-harm. Agreed to a referral to the counselling centre.";
export const STUDIES_CONTACT_NOTE =
  "Failed the anatomy midterm, unsure about resit rules; suggested the Educational Affairs Office.";
