import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());

/**
 * Test tiers (STYLE.md, practice 16), as vitest projects:
 *  - unit: tests/unit, no database, no global setup (`npm run test:unit`, the everyday loop).
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
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test" },
    projects: [
      {
        extends: true,
        // Threads without per-file isolation: pure code, no globals to reset, and the
        // everyday loop stays under 3 s (the per-file fork and module graph cost more than the tests).
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], pool: "threads", isolate: false },
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
