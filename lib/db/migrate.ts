/**
 * Applies prisma/migrations/<name>/migration.sql in order, recording them in Prisma's own
 * `_prisma_migrations` table (same checksum), so `prisma migrate status` agrees with it.
 * One code path for PGlite and PostgreSQL, idempotent, and fast enough to run per test
 * database (the CLI's `migrate deploy` lingers ~10 s: STACK.md, defect 3).
 * See docs/decisions/002-migrations-without-the-cli.md.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface SqlRunner {
  /** Multi-statement SQL, no parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Runs `fn` on ONE connection (a pool's runner hands each query to any connection, which a
   * session-level advisory lock and BEGIN … COMMIT cannot survive). Absent: the runner already
   * is one connection (PGlite, a pg.Client).
   */
  session?<T>(fn: (db: SqlRunner) => Promise<T>): Promise<T>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.resolve(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const LEDGER = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** An arbitrary constant: serialises concurrent migrators on one PostgreSQL. */
const LOCK_KEY = 72_707_369;

export async function migrate(
  db: SqlRunner,
  opts: { migrations?: Migration[]; log?: (line: string) => void } = {},
): Promise<{ applied: string[] }> {
  return db.session ? db.session((one) => migrateOn(one, opts)) : migrateOn(db, opts);
}

async function migrateOn(
  db: SqlRunner,
  opts: { migrations?: Migration[]; log?: (line: string) => void },
): Promise<{ applied: string[] }> {
  const migrations = opts.migrations ?? readMigrations();
  const log = opts.log ?? (() => {});
  // The lock first: two first starts on an empty database would otherwise race on creating the
  // ledger table (CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin).
  await db.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  try {
    await db.exec(LEDGER);
    const rows = await db.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const applied: string[] = [];
    for (const m of migrations) {
      const previous = done.get(m.name);
      if (previous) {
        if (previous !== m.checksum) {
          throw new Error(
            `Migration ${m.name} was changed after it was applied (checksum differs). ` +
              `Add a new migration instead of editing an applied one.`,
          );
        }
        continue;
      }
      log(`applying ${m.name}`);
      await db.exec("BEGIN");
      try {
        await db.exec(m.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await db.exec("COMMIT");
      } catch (error) {
        await db.exec("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return { applied };
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
  }
}
