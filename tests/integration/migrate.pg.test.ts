/**
 * The migrator on real PostgreSQL: two first starts of the app (or `npm run db:migrate` and
 * the app) on one EMPTY database at once. The advisory lock is taken before the ledger table is
 * created, on one connection of each pool, so one applies everything, the other waits and
 * applies nothing, and neither fails. PostgreSQL only (`*.pg.test.ts`: npm run test:pg).
 */
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { urlForDatabase } from "../global-setup";

const maintenanceUrl = () => (inject("testDb") as { maintenanceUrl: string }).maintenanceUrl;

async function withEmptyDatabase(name: string, fn: (url: string) => Promise<void>) {
  const admin = new pg.Client({ connectionString: maintenanceUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await fn(urlForDatabase(maintenanceUrl(), name));
  } finally {
    // Not WITH (FORCE): every pool was ended, and killing a closing connection is an error.
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  }
}

describe("migrate() on PostgreSQL: concurrent first starts", () => {
  it("three migrators on an empty database: one applies every migration, the others none, none fails", async () => {
    const all = readMigrations().map((m) => m.name);
    for (let round = 0; round < 3; round++) {
      await withEmptyDatabase(`duomentor_migrate_race_${process.pid}_${round}`, async (url) => {
        const handles = [0, 1, 2].map(() => openDb({ kind: "postgres", url }));
        try {
          const results = await Promise.allSettled(handles.map((h) => migrate(h.sql)));
          const failures = results.filter((r) => r.status === "rejected");
          expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
          const applied = results.map((r) => (r as PromiseFulfilledResult<{ applied: string[] }>).value.applied);
          expect(applied.filter((a) => a.length > 0)).toEqual([all]);
          expect(applied.filter((a) => a.length === 0)).toHaveLength(2);
          const rows = await handles[0].sql.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
          );
          expect(rows[0].n).toBe(all.length);
        } finally {
          await Promise.all(handles.map((h) => h.close()));
        }
      });
    }
  }, 120_000);
});
