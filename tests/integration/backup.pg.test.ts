/**
 * Issue 16, item 9, on PostgreSQL: a backup of a seeded database (pg_dump) restores
 * (pg_restore) into a fresh one with every table's row count and checksum equal.
 * PostgreSQL only (`*.pg.test.ts`: npm run test:pg).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { backupPostgres, restorePostgres, tableFingerprints } from "@/lib/db/backup";
import { openDb } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed-demo";
import { urlForDatabase } from "../global-setup";
import { createTestDb } from "../helpers/test-db";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "duomentor-backup-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const TODAY = new Date("2027-01-15T09:00:00Z");

describe("PostgreSQL backup and restore (pg_dump / pg_restore)", () => {
  it("restores a seeded database into a fresh one: same rows, same checksums", async () => {
    const source = await createTestDb();
    const maintenanceUrl = (inject("testDb") as { maintenanceUrl: string }).maintenanceUrl;
    const freshName = `duomentor_restore_${process.pid}`;
    const admin = new pg.Client({ connectionString: maintenanceUrl });
    await admin.connect();
    try {
      await seedDemo(source.prisma, { today: TODAY });
      const before = await tableFingerprints(source.sql);
      expect(before.User.rows).toBeGreaterThan(100);
      const file = path.join(root, "pg.dump");
      const sourceUrl = (source.target as { url: string }).url;
      await backupPostgres(sourceUrl, file);

      await admin.query(`DROP DATABASE IF EXISTS "${freshName}"`);
      await admin.query(`CREATE DATABASE "${freshName}"`);
      const freshUrl = urlForDatabase(maintenanceUrl, freshName);
      await restorePostgres(freshUrl, file);
      const restored = openDb({ kind: "postgres", url: freshUrl });
      try {
        expect(await tableFingerprints(restored.sql)).toEqual(before);
      } finally {
        await restored.close();
      }
    } finally {
      await source.close();
      await admin.query(`DROP DATABASE IF EXISTS "${freshName}" WITH (FORCE)`);
      await admin.end();
    }
  }, 180_000);
});
