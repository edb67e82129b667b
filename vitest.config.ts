import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());
// vitest's default is one worker fewer than the cores: one worker on this 2-core machine.
const cores = os.availableParallelism();
/**
 * The thorough tier: exhaustive sweeps, size boundaries at real size, and scans of the whole
 * source tree and catalogs. `vitest run` and npm test run it; the everyday `npm run test:unit` does not.
 */
const THOROUGH = [
  "tests/unit/solar-hijri-sweep.test.ts",
  "tests/unit/people-import-size.test.ts",
  "tests/unit/i18n-catalogs.test.ts",
  "tests/unit/i18n-lint.test.ts",
  "tests/unit/pure-rules-lint.test.ts",
];

/**
 * Test tiers (STYLE.md, practice 16), as vitest projects:
 *  - unit: tests/unit, no database, no global setup (`npm run test:unit`, the everyday loop).
 *  - thorough: the slow files of tests/unit (THOROUGH below), no database (`npm run test:thorough`).
 *  - integration: tests/integration, a fresh database per test file, cloned from one template
 *    migrated in tests/global-setup.ts. PGlite by default; real PostgreSQL when
 *    TEST_DATABASE_URL is set (scripts/with-postgres.sh).
 * PostgreSQL-only tests (concurrency, pg_dump, advisory locks) are named `*.pg.test.ts`: they
 * join the integration project only on PostgreSQL (`npm run test:pg`, `npm run test:postgres`,
 * .ci/run's PostgreSQL pass) and are left out on PGlite rather than skipped inside the file.
 * Playwright owns tests/e2e.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // lib files guard themselves with `import "server-only"`, which throws outside React
      // Server Components; tests run them on the server side anyway.
      { find: /^server-only$/, replacement: path.join(root, "tests/helpers/empty.ts") },
    ],
  },
  test: {
    environment: "node",
    pool: "forks",
    maxWorkers: cores,
    // Transformed modules cached in node_modules/.experimental-vitest-cache between runs.
    experimental: { fsModuleCache: true },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test" },
    projects: [
      {
        extends: true,
        // Threads without per-file isolation: pure code, no globals to reset, and the
        // everyday loop stays under 3 s (the per-file fork and module graph cost more than the tests).
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          exclude: THOROUGH,
          pool: "threads",
          isolate: false,
          maxWorkers: cores,
        },
      },
      {
        extends: true,
        test: { name: "thorough", include: THOROUGH, pool: "threads", isolate: false, maxWorkers: cores },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: onPostgres ? [] : ["tests/integration/**/*.pg.test.ts"],
          globalSetup: ["tests/global-setup.ts"],
        },
      },
    ],
  },
});
