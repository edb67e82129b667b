/**
 * The booking engine's tests, for Stryker (stryker.engine.config.mjs): the booking rules' unit
 * tests and the integration tests that run the engine on PGlite (global setup migrates the
 * template once per Stryker test run).
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "../vitest.config";

const { projects: _projects, ...test } = base.test ?? {};
export default mergeConfig(
  { ...base, test },
  defineConfig({
    test: {
      include: [
        "tests/unit/booking-rules.test.ts",
        "tests/integration/booking-*.test.ts",
        "tests/integration/capacity.test.ts",
      ],
      exclude: ["tests/integration/**/*.pg.test.ts"],
      globalSetup: ["tests/global-setup.ts"],
    },
  }),
);
