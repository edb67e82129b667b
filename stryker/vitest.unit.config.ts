/** The unit tier alone, for Stryker (stryker.config.mjs): rules and permissions, no database. */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "../vitest.config";

const { projects: _projects, ...test } = base.test ?? {};
export default mergeConfig({ ...base, test }, defineConfig({ test: { include: ["tests/unit/**/*.test.ts"] } }));
