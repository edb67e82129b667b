/**
 * A fresh, migrated database per test FILE, copied from the template that
 * tests/global-setup.ts migrated once: PGlite loads the template's dump (~0.7 s, mostly
 * WebAssembly start-up); PostgreSQL runs CREATE DATABASE … TEMPLATE (~0.2 s).
 *
 *   const getDb = useTestDb();          // in a test file, at the top level
 *   it("…", async () => { await getDb().prisma.cohort.create(…) });
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { openDb, openPglite, type DbHandle } from "@/lib/db/client";
import { setDbForTests } from "@/lib/db";
import { urlForDatabase } from "../global-setup";

let pgliteTemplate: Blob | undefined;

export async function createTestDb(): Promise<DbHandle> {
  const source = inject("testDb");
  if (!source) throw new Error("No test database template: is tests/global-setup.ts configured?");

  if (source.kind === "pglite") {
    pgliteTemplate ??= new Blob([fs.readFileSync(source.dumpFile)], { type: "application/x-tar" });
    const pglite = new PGlite({ loadDataDir: pgliteTemplate });
    await pglite.waitReady;
    return openPglite(pglite, { kind: "pglite-memory" });
  }

  const name = `duomentor_t_${randomBytes(6).toString("hex")}`;
  await withAdmin(source.maintenanceUrl, async (admin) => {
    // Two copies of one template at the same moment are fine; a copy while the template has
    // a connection is not ("being accessed by other users"), so retry briefly.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${source.template}"`);
        return;
      } catch (e) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  });
  const handle = openDb({ kind: "postgres", url: urlForDatabase(source.maintenanceUrl, name) });
  const closeHandle = handle.close.bind(handle);
  let dropped = false;
  return {
    ...handle,
    async close() {
      await closeHandle();
      if (dropped) return;
      dropped = true;
      await withAdmin(source.maintenanceUrl, async (admin) => {
        // pg's pool.end() resolves before its connections have closed: after a test that used
        // several at once, FORCE would kill them mid-goodbye (an uncaught 57P01). Wait briefly.
        for (let i = 0; i < 40; i++) {
          const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [
            name,
          ]);
          if (rows[0].n === 0) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}

/**
 * Gives the calling test file its own database for all its tests and installs it as the
 * app's database (lib/db.ts), so queries and server actions under test use it.
 */
export function useTestDb(): () => DbHandle {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDb();
    setDbForTests(handle);
  });
  afterAll(async () => {
    setDbForTests(undefined);
    await handle?.close();
    handle = undefined;
  });
  return () => {
    if (!handle) throw new Error("useTestDb(): the database is only available inside tests and hooks");
    return handle;
  };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
