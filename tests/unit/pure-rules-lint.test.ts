import tsParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import pureRules from "../../eslint/pure-rules.mjs";

/** The three lint rules that keep lib/**\/rules.ts pure (eslint/pure-rules.mjs), on fixture code. */
RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" } });

tester.run("pure-rules/no-impure-imports", pureRules.rules["no-impure-imports"], {
  valid: [
    `import { z } from "zod";`,
    `import { localDate } from "../time";`,
    `import type { Role } from "../auth/permissions";`,
    `import { addDays } from "date-fns";`,
    `import { nextDay } from "./dbl";`, // a name that merely starts like "db"
  ],
  invalid: [
    { code: `import { Prisma } from "@prisma/client";`, errors: [{ messageId: "impure" }] },
    { code: `import type { Booking } from "../../generated/prisma/client";`, errors: [{ messageId: "impure" }] },
    { code: `import { db } from "../db";`, errors: [{ messageId: "impure" }] },
    { code: `import { db } from "@/lib/db";`, errors: [{ messageId: "impure" }] },
    { code: `import { withTx } from "../db/tx";`, errors: [{ messageId: "impure" }] },
    { code: `import { redirect } from "next/navigation";`, errors: [{ messageId: "impure" }] },
    { code: `import { NextResponse } from "next/server";`, errors: [{ messageId: "impure" }] },
    { code: `import "server-only";`, errors: [{ messageId: "impure" }] },
    { code: `export { db } from "../db";`, errors: [{ messageId: "impure" }] },
    { code: `const m = await import("next/headers");`, errors: [{ messageId: "impure" }] },
  ],
});

tester.run("pure-rules/no-ambient-time", pureRules.rules["no-ambient-time"], {
  valid: [
    `export const due = (now: Date) => new Date(now.getTime() + 1000);`,
    `const d = new Date("2026-01-01T00:00:00Z");`,
    `const d = new Date(2026, 0, 1);`,
    `export const late = (now: Date, at: Date) => now.getTime() > at.getTime();`,
  ],
  invalid: [
    { code: `export const today = () => new Date();`, errors: [{ messageId: "now" }] },
    { code: `export const t = () => Date.now();`, errors: [{ messageId: "now" }] },
    { code: `export const s = () => Date();`, errors: [{ messageId: "now" }] },
    { code: `export function f(at = new Date()) { return at; }`, errors: [{ messageId: "now" }] },
  ],
});

tester.run("pure-rules/no-module-state", pureRules.rules["no-module-state"], {
  valid: [
    `export const STEPS = ["SUBMITTED", "ACKNOWLEDGED"] as const;`,
    `const LABEL: Record<string, string> = { A: "a" };`,
    `const YES: ReadonlySet<string> = new Set(["yes", "y"]);`,
    `const BY: ReadonlyMap<string, number> = new Map([["a", 1]]);`,
    `export function f(xs: number[]) { const seen = new Set<number>(); seen.add(1); xs.push(2); return seen; }`,
    `export function g() { let n = 0; n += 1; return n; }`,
    `const STEPS = ["b", "a"]; export const sorted = () => [...STEPS].sort();`,
    `const STEPS = ["b", "a"]; export const h = (STEPS: string[]) => STEPS.push("c");`, // a parameter shadows it
  ],
  invalid: [
    { code: `let last: string | null = null;`, errors: [{ messageId: "letVar" }] },
    { code: `var n = 0;`, errors: [{ messageId: "letVar" }] },
    { code: `export let counter = 0;`, errors: [{ messageId: "letVar" }] },
    { code: `const cache = new Map<string, number>();`, errors: [{ messageId: "container" }] },
    { code: `const memo = new WeakMap<object, string>();`, errors: [{ messageId: "container" }] },
    { code: `const seen: string[] = [];`, errors: [{ messageId: "container" }] },
    { code: `const byId: Record<string, number> = {};`, errors: [{ messageId: "container" }] },
    {
      code: `const TABLE = { a: 1 }; export function f() { TABLE.a = 2; }`,
      errors: [{ messageId: "write" }],
    },
    {
      code: `const LIST = ["a"]; export function f() { LIST.push("b"); }`,
      errors: [{ messageId: "write" }],
    },
    {
      code: `const NAMES: ReadonlySet<string> = new Set(); export function f() { (NAMES as Set<string>).add("x"); }`,
      errors: [{ messageId: "write" }],
    },
    {
      code: `const COUNTS = { n: 0 }; export function f() { COUNTS.n++; delete COUNTS.n; }`,
      errors: [{ messageId: "write" }, { messageId: "write" }],
    },
  ],
});
