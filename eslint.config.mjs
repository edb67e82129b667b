import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18n from "./eslint/i18n.mjs";
import pureRules from "./eslint/pure-rules.mjs";
import { UNCONVERTED } from "./eslint/i18n-unconverted.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "generated/**",
      "data/**",
      ".ci-out/**",
      "test-results/**",
      "playwright-report/**",
      "reports/**",
      ".stryker-tmp*/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // useTestDb() registers vitest hooks; it is not a React hook.
    files: ["tests/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // e2e specs take test/expect from ./fixtures, which fails a test on any CSP violation (issue 16).
    files: ["tests/e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "expect"],
              message: "Import test and expect from ./fixtures (it fails the test on a CSP violation).",
            },
          ],
        },
      ],
    },
  },
  {
    // Pages and components never talk to the database directly (STYLE.md, practice 3).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/generated/prisma/**", "@prisma/client", "@/lib/db", "**/lib/db"],
              message: "Pages call lib/<area>/queries.ts; no Prisma under app/ or components/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Text from the catalogs and classes that mirror right to left (docs/i18n.md); areas not
    // converted yet are listed in eslint/i18n-unconverted.mjs (a list that only shrinks).
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: UNCONVERTED,
    plugins: { i18n },
    rules: { "i18n/no-literal-text": "error", "i18n/no-physical-direction": "error" },
  },
  {
    // An area's rules are pure functions of their arguments (eslint/pure-rules.mjs,
    // docs/adding-an-area.md): no Prisma or next/*, no clock, no module-level state.
    files: ["lib/**/rules.ts", "lib/**/rules/*.ts"],
    plugins: { "pure-rules": pureRules },
    rules: {
      "pure-rules/no-impure-imports": "error",
      "pure-rules/no-ambient-time": "error",
      "pure-rules/no-module-state": "error",
    },
  },
  {
    // Only lib/env.ts reads the environment (STYLE.md, practice 5).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.ts"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from lib/env.ts." },
      ],
    },
  },
];

export default config;
