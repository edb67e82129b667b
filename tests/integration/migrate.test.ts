/**
 * lib/db/migrate.ts (the migrator the app, scripts and tests share) and the PGlite
 * directory lock of lib/db/client.ts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseLockedError, lockDirectory } from "@/lib/db/client";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { useTestDb } from "../helpers/test-db";

const getDb = useTestDb();
const sql = () => getDb().sql;

async function resetSchema() {
  await sql().exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
}

describe("migrate()", () => {
  it("applies every migration once and nothing on a second run", async () => {
    await resetSchema();
    const all = readMigrations().map((m) => m.name);
    expect(all.length).toBeGreaterThanOrEqual(2);

    expect(await migrate(sql())).toEqual({ applied: all });
    expect(await migrate(sql())).toEqual({ applied: [] });
  });

  it("records each migration in _prisma_migrations with its sha256 checksum", async () => {
    const rows = await sql().query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.checksum).toBe(createHash("sha256").update(files[i].sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("refuses to run when an applied migration was edited", async () => {
    const edited = readMigrations().map((m, i) =>
      i === 0 ? { ...m, checksum: createHash("sha256").update(`${m.sql}\n-- edited`).digest("hex") } : m,
    );
    await expect(migrate(sql(), { migrations: edited })).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls a failing migration back completely", async () => {
    const broken = {
      name: "99999999999999_broken",
      sql: `CREATE TABLE "Half" (id int); SELECT 1 / 0;`,
      checksum: "0".repeat(64),
    };
    await expect(migrate(sql(), { migrations: [...readMigrations(), broken] })).rejects.toThrow(
      /Migration 99999999999999_broken failed/,
    );
    const tables = await sql().query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(tables).toHaveLength(0);
    const ledger = await sql().query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken.name]);
    expect(ledger).toHaveLength(0);
    // and the next run is clean again
    expect(await migrate(sql())).toEqual({ applied: [] });
  });
});

describe("PGlite directory lock", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function tempDir() {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "duomentor-lock-"));
    cleanups.push(() => fs.rmSync(parent, { recursive: true, force: true }));
    return path.join(parent, "pglite");
  }

  function spawnSleeper(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    cleanups.push(() => child.kill("SIGKILL"));
    return new Promise((resolve, reject) => {
      child.once("spawn", () => resolve(child));
      child.once("error", reject);
    });
  }

  it("refuses a directory whose lock is held by a live process", async () => {
    const dir = tempDir();
    const other = await spawnSleeper();
    fs.writeFileSync(`${dir}.lock`, String(other.pid));

    expect(() => lockDirectory(dir)).toThrow(DatabaseLockedError);
    expect(() => lockDirectory(dir)).toThrow(new RegExp(`pid ${other.pid}`));
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(other.pid));
  });

  it("takes over the stale lock of a dead process, and releases it", async () => {
    const dir = tempDir();
    const dead = await spawnSleeper();
    const exited = new Promise((resolve) => dead.once("exit", resolve));
    dead.kill("SIGKILL");
    await exited;
    fs.writeFileSync(`${dir}.lock`, String(dead.pid));

    const release = lockDirectory(dir);
    expect(JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
