/**
 * Issue 16, item 9: a backup of a seeded database restores into a fresh one with every table's
 * row count and checksum equal. PGlite: while "the app" (a process holding the directory) runs,
 * and directly. PostgreSQL (pg_dump / pg_restore): backup.pg.test.ts.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { backupPglite, restorePglite, tableFingerprints } from "@/lib/db/backup";
import { openDb, openPglite } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/demo/seed-demo";

// PGlite files only: on the PostgreSQL pass, backup.pg.test.ts runs instead.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const root = fs.mkdtempSync(path.join(os.tmpdir(), "duomentor-backup-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const TODAY = new Date("2027-01-15T09:00:00Z");

describe.runIf(!onPostgres)("PGlite backup and restore", () => {
  it("backs up while the app holds the directory, restores into a fresh one: same rows, same checksums", async () => {
    // Seeded in memory (a file-backed PGlite syncs to disk after every statement), then written
    // to a directory, as the app would have it.
    const memory = new PGlite();
    const seeded = openPglite(memory, { kind: "pglite-memory" });
    await migrate(seeded.sql);
    await seedDemo(seeded.prisma, { today: TODAY });
    const before = await tableFingerprints(seeded.sql);
    const image = await memory.dumpDataDir("none");
    await seeded.close();
    const dir = path.join(root, "source");
    const source = new PGlite(dir, { loadDataDir: image });
    await source.waitReady;
    await source.close();
    expect(before.User.rows).toBeGreaterThan(100);
    expect(before.ContactLog.rows).toBeGreaterThan(0);

    // "The app": another process holds the directory and answers the request (SIGUSR2).
    const app = spawn(process.execPath, ["--import", "tsx", "tests/helpers/hold-pglite.ts", dir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        app.stdout!.on("data", (d) => String(d).includes("ready") && resolve());
        app.once("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      const file = path.join(root, "while-running.tar.gz");
      expect(await backupPglite(dir, file)).toMatchObject({ via: "app" });
      expect(fs.statSync(file).size).toBeGreaterThan(1000);

      const fresh = path.join(root, "restored");
      expect(await restorePglite(fresh, file)).toEqual({ keptOld: null });
      const restored = openDb({ kind: "pglite", dir: fresh });
      try {
        expect(await tableFingerprints(restored.sql)).toEqual(before);
      } finally {
        await restored.close();
      }
    } finally {
      const exited = new Promise((r) => app.once("exit", r));
      app.kill("SIGTERM");
      await exited;
    }

    // With the app stopped: the script opens the directory itself; a restore keeps the old one aside.
    const direct = path.join(root, "direct.tar.gz");
    expect(await backupPglite(dir, direct)).toMatchObject({ via: "direct" });
    const again = await restorePglite(path.join(root, "restored"), direct);
    expect(again.keptOld).toMatch(/before-restore/);
    const check = openDb({ kind: "pglite", dir: path.join(root, "restored") });
    try {
      expect(await tableFingerprints(check.sql)).toEqual(before);
    } finally {
      await check.close();
    }
  }, 180_000);
});
