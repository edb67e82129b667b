/**
 * npm run demo: build, migrate the embedded database, seed the demo programme if empty, and
 * serve http://localhost:3000. Needs no other service. Ctrl+C stops the server and closes the
 * database cleanly.
 *   --no-build   reuse the last build
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../lib/env";

const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** A secret kept beside the embedded database, so demo sessions survive a restart. */
function demoSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join("data", ".demo-auth-secret");
  fs.mkdirSync("data", { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

const port = String(env.PORT);
const url = env.NEXTAUTH_URL ?? `http://localhost:${port}`;
// NEXT_MANUAL_SIG_HANDLE: our own handler (lib/db.ts) closes PGlite before the process exits.
const serverEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_MANUAL_SIG_HANDLE: "1",
  NEXTAUTH_SECRET: demoSecret(),
  NEXTAUTH_URL: url,
};

if (!process.argv.includes("--no-build")) {
  console.log("› Building the app (next build)…");
  run("npx", ["next", "build"], serverEnv);
}
console.log("› Preparing the database and demo data…");
run("npx", ["tsx", "prisma/seed.ts"]);

console.log(`› Starting DuoMentor on ${url} (ready ${seconds()} s after start)`);
// Started directly (not through npx) so signals reach the server; it closes PGlite on
// SIGINT/SIGTERM (lib/db.ts) before it exits, and this script exits with it.
const server = spawn(
  process.execPath,
  [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", port],
  {
    stdio: "inherit",
    env: { ...process.env, ...serverEnv },
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => {
  console.log(`› DuoMentor stopped${signal ? ` (${signal})` : ""}; the database is closed.`);
  process.exit(code ?? 0);
});
