import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Test tiers (STYLE.md, practice 16): tests/unit (no database) and tests/integration (a
 * fresh database per test file, cloned from one template migrated in tests/global-setup.ts).
 * PGlite by default; real PostgreSQL when TEST_DATABASE_URL is set (scripts/with-postgres.sh).
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
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ["tests/global-setup.ts"],
    env: { NODE_ENV: "test" },
  },
});
