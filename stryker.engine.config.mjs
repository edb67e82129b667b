// @ts-check
/**
 * The booking engine (lib/booking/engine.ts) under mutation, against the tests that run it on
 * PGlite. Part of npm run mutation; see stryker.config.mjs.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
import base from "./stryker.config.mjs";

const config = {
  ...base,
  vitest: { configFile: "stryker/vitest.booking.config.ts", related: false },
  mutate: ["lib/booking/engine.ts"],
  htmlReporter: { fileName: "reports/mutation/engine.html" },
  jsonReporter: { fileName: "reports/mutation/engine.json" },
  timeoutMS: 60_000,
  // its own sandbox folder, so the two runs may go side by side
  tempDirName: ".stryker-tmp-engine",
  ignorePatterns: [...(base.ignorePatterns ?? []), "/.stryker-tmp-engine"],
};
export default config;
