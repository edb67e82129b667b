import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { isPostgresUrl } from "./lib/db/target";

/**
 * Two production instances on one PostgreSQL (issue 17, item 6): tests/multi/two-instances.spec.ts.
 * Both run the background jobs every second and deliver to one real SMTP server
 * (tests/multi/smtp-sink.ts). Run by .ci/run inside scripts/with-postgres.sh, after `next build`:
 *   DATABASE_URL=postgres://…/duomentor_e2e npx playwright test -c playwright.multi.config.ts
 */
if (!isPostgresUrl(process.env.DATABASE_URL)) {
  throw new Error("playwright.multi.config.ts needs DATABASE_URL=postgres://… (two instances cannot share PGlite)");
}
export const PORTS = { a: 3311, b: 3312, smtp: 2526, sink: 2581 } as const;
const secret = process.env.NEXTAUTH_SECRET || "test-only-secret-never-use-in-production-3f9a1c";
const url = (port: number) => `http://127.0.0.1:${port}`;
const instanceEnv = (port: number) => ({
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_MANUAL_SIG_HANDLE: "1",
  JOBS_INTERVAL_SECONDS: "1",
  // The user name tells the sink which instance sent a message.
  SMTP_URL: `smtp://${port === PORTS.a ? "a" : "b"}:x@127.0.0.1:${PORTS.smtp}`,
  SMTP_FROM: "DuoMentor <noreply@duomentor.test>",
  // One public address for both, as behind a load balancer: links in emails do not name an instance.
  NEXTAUTH_URL: url(PORTS.a),
  NEXTAUTH_SECRET: secret,
  DATABASE_URL: process.env.DATABASE_URL!,
});

export default defineConfig({
  ...base,
  testDir: "tests/multi",
  use: { ...base.use, baseURL: url(PORTS.a) },
  webServer: [
    {
      command: "npx tsx tests/multi/smtp-sink.ts",
      url: `${url(PORTS.sink)}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { SINK_SMTP_PORT: String(PORTS.smtp), SINK_HTTP_PORT: String(PORTS.sink) },
    },
    {
      // Instance A prepares the database (scripts/e2e-db.ts) before it starts.
      command: `npx tsx scripts/e2e-db.ts && npx next start -H 127.0.0.1 -p ${PORTS.a}`,
      url: `${url(PORTS.a)}/api/auth/csrf`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: instanceEnv(PORTS.a),
    },
    {
      // Instance B waits for A (so the database is ready), then starts on the same one.
      command: `node tests/multi/wait-for.mjs ${url(PORTS.a)}/api/health && npx next start -H 127.0.0.1 -p ${PORTS.b}`,
      url: `${url(PORTS.b)}/api/auth/csrf`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: instanceEnv(PORTS.b),
    },
  ],
});
