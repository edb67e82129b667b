// @ts-check
/**
 * npm run mutation (decision 050): Stryker mutates the pure rules and the permission table and
 * runs the unit tier against each mutant; then stryker.engine.config.mjs does the booking engine
 * against its integration tests. Slow (minutes): not part of CI. Reports: reports/mutation/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "stryker/vitest.unit.config.ts", related: false },
  mutate: ["lib/**/rules.ts", "lib/**/rules/*.ts", "lib/auth/permissions.ts"],
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/rules.html" },
  jsonReporter: { fileName: "reports/mutation/rules.json" },
  // Anchored: gitignore syntax, so a bare "reports" would also drop app/coordinator/reports and
  // lib/reports, and "data" every data.ts.
  ignorePatterns: [
    "/.next",
    "/data",
    "/.ci-out",
    "/test-results",
    "/playwright-report",
    "/reports",
    "/.stryker-tmp",
    "/.stryker-tmp-engine",
  ],
  concurrency: 1,
  timeoutMS: 20_000,
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
export default config;
