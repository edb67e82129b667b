/**
 * Issue 16, item 7: the PGlite lock names its owner by pid AND process start time, so a pid that
 * an unrelated process reuses after a crash (kill -9) no longer blocks the app until someone
 * deletes the file by hand.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { currentLockOwner, DatabaseLockedError, lockDirectory, processStartTime } from "@/lib/db/client";

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function tempDir() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "duomentor-lock-"));
  cleanups.push(() => fs.rmSync(root, { recursive: true, force: true }));
  return path.join(root, "pglite");
}

function spawnProcess(command: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: "ignore" });
  cleanups.push(() => child.kill("SIGKILL"));
  return new Promise((resolve, reject) => {
    child.once("spawn", () => resolve(child));
    child.once("error", reject);
  });
}
const unrelated = () => spawnProcess("sleep", ["60"]);
const nodeProcess = () => spawnProcess(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);

describe.runIf(process.platform === "linux")("the lock file: pid and start time", () => {
  it("writes the owner's pid, start time and boot", () => {
    const dir = tempDir();
    const release = lockDirectory(dir);
    const owner = JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8"));
    expect(owner).toEqual(currentLockOwner());
    expect(owner.start).toMatch(/^\d+$/);
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("restarts after a crash whose pid now belongs to an unrelated live process (old-format lock)", async () => {
    const dir = tempDir();
    const other = await unrelated(); // alive, but not a Node.js process: not the lock's owner
    fs.writeFileSync(`${dir}.lock`, String(other.pid));
    const release = lockDirectory(dir);
    expect(JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    release();
  });

  it("takes over a lock whose live pid has another start time; refuses the real owner", async () => {
    const dir = tempDir();
    const node = await nodeProcess();
    const start = processStartTime(node.pid!);
    const boot = currentLockOwner().boot;
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: node.pid, start, boot, host: os.hostname() }));
    expect(() => lockDirectory(dir)).toThrow(DatabaseLockedError);

    fs.writeFileSync(
      `${dir}.lock`,
      JSON.stringify({ pid: node.pid, start: String(Number(start) + 1), boot, host: os.hostname() }),
    );
    const release = lockDirectory(dir);
    expect(JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("takes over a lock from before the machine restarted", async () => {
    const dir = tempDir();
    const node = await nodeProcess();
    fs.writeFileSync(
      `${dir}.lock`,
      JSON.stringify({ pid: node.pid, start: processStartTime(node.pid!), boot: "another-boot", host: os.hostname() }),
    );
    lockDirectory(dir)();
  });

  it("a kill -9 of the process holding the database leaves a lock the next start takes over", async () => {
    const dir = tempDir();
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import("./lib/db/client.ts").then((m) => { m.lockDirectory(${JSON.stringify(dir)}); console.log("locked"); setTimeout(() => {}, 60000); })`,
      ],
      { stdio: ["ignore", "pipe", "inherit"], cwd: process.cwd() },
    );
    cleanups.push(() => holder.kill("SIGKILL"));
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.on("data", (d) => String(d).includes("locked") && resolve());
      holder.once("exit", () => reject(new Error("holder exited")));
    });
    expect(() => lockDirectory(dir)).toThrow(DatabaseLockedError);
    const exited = new Promise((r) => holder.once("exit", r));
    holder.kill("SIGKILL");
    await exited;
    lockDirectory(dir)();
  }, 30_000);
});
