/**
 * npm run db:seed: migrates the configured database (idempotent) and creates the demo
 * programme (lib/demo/seed-demo.ts) unless a cohort already exists, then prints the demo
 * sign-ins.
 *   --today=YYYY-MM-DD   pin "today" (default: the current UTC date); same date, same data
 */
import { openDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { dbTarget } from "../lib/db/target";
import { DEMO_PASSWORD, seedDemo } from "../lib/demo/seed-demo";

function todayFromArgs(argv: string[]): Date {
  const arg = argv.find((a) => a.startsWith("--today="));
  if (!arg) {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }
  const value = arg.slice("--today=".length);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new Error(`--today must be a date like 2026-10-05, got "${value}"`);
  }
  return date;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    "  " +
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join("  ")
      .trimEnd();
  return [line(rows[0]), line(widths.map((w) => "-".repeat(w))), ...rows.slice(1).map(line)].join("\n");
}

async function main() {
  const today = todayFromArgs(process.argv.slice(2));
  const handle = openDb(dbTarget());
  try {
    await migrate(handle.sql, { log: (l) => console.log(`  ${l}`) });
    const t0 = performance.now();
    const { created, logins } = await seedDemo(handle.prisma, { today });
    const ms = Math.round(performance.now() - t0);
    console.log(created ? `Seeded the demo programme in ${ms} ms` : "Demo data already present");
    if (logins.length > 0) {
      console.log("\nDemo sign-ins:");
      console.log(
        table([["email", "role", "password"], ...logins.map((l) => [l.email, `${l.role} — ${l.name}`, DEMO_PASSWORD])]),
      );
    } else {
      console.log("(This database has other data and no demo sign-ins.)");
    }
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
