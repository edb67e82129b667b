"use server";
import { publicAction, ruleError } from "../actions";
import { requestClient } from "../auth/client";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { bucketKey, checkBuckets, recordFailure } from "../auth/throttle";
import { THROTTLE } from "../auth/throttle-rules";
import { clock } from "../clock";
import { msg } from "../i18n/msg";
import { createCoordinator } from "./create";
import { firstRunSchema } from "./schemas";
import { isSetupToken } from "./token";

/**
 * The first-run page (issue 10, item 1): while the database has no coordinator at all, whoever
 * holds the setup token from the server log becomes the first coordinator, with a password and a
 * draft cohort. A wrong token costs the IP address a try (the token throttle). Once a coordinator
 * exists the answer is the same refusal, token or not.
 */
export const firstRunAction = publicAction({
  name: "first_run.create_coordinator",
  schema: firstRunSchema,
  secretFields: ["password", "confirm", "setupToken"],
  refused: msg("firstRun.errors.refused"),
  successMessage: msg("firstRun.created"),
  async load({ input }) {
    const client = await requestClient();
    const bucket = { key: bucketKey("token:ip", client.ip), rule: THROTTLE.tokenIp };
    if (!(await checkBuckets([bucket])).ok) ruleError(msg("firstRun.errors.tooMany"));
    if (!isSetupToken(input.setupToken)) {
      await recordFailure([bucket]);
      return null;
    }
    const problem = passwordProblem(input.password, { name: input.name, email: input.email });
    if (problem) ruleError(problem, "password");
    // Hashing takes ~50 ms: before the transaction opens.
    return { passwordHash: await hashPassword(input.password) };
  },
  async run({ input, record, tx }) {
    const created = await createCoordinator(tx, {
      name: input.name,
      email: input.email,
      passwordHash: record.passwordHash,
      now: clock(),
      onlyIfFirst: true,
    });
    if (!created) ruleError(msg("firstRun.errors.refused"));
    return { email: input.email, cohortId: created.cohortId };
  },
});
