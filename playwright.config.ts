import { defineConfig } from "@playwright/test";
import { isPostgresUrl } from "./lib/db/target";

/**
 * e2e: `next start` on the last `next build`, on a throwaway database that scripts/e2e-db.ts
 * prepares BEFORE the server starts (the server must own its PGlite directory alone):
 * data/e2e-pglite by default, or the database in DATABASE_URL when it is postgres://
 * (whose schema is dropped and recreated). Chromium is Debian's, never a download.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const onPostgres = isPostgresUrl(process.env.DATABASE_URL);
// The SSO journey (tests/e2e/sso.spec.ts) starts a real OpenID Connect issuer on this port.
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 1000);
/**
 * The empty-database journey (E2E_EMPTY_DB=1, tests/e2e/first-run.spec.ts) reads real emails: the
 * app delivers to a real SMTP server (tests/multi/smtp-sink.ts) on these ports, running the jobs
 * (outbox delivery) every second. Every other run keeps the outbox and no background jobs.
 */
const emptyDb = process.env.E2E_EMPTY_DB === "1";
export const MAIL_SINK = { smtpPort: port + 2, url: `http://127.0.0.1:${port + 3}` } as const;

const app = {
  command: `npx tsx scripts/e2e-db.ts && npx next start -H 127.0.0.1 -p ${port}`,
  url: `${baseURL}/api/auth/csrf`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  // lib/db.ts closes PGlite on SIGTERM (with NEXT_MANUAL_SIG_HANDLE, Next leaves signals to it).
  gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
  env: {
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_MANUAL_SIG_HANDLE: "1",
    // No background reminders while specs count emails.
    JOBS_INTERVAL_SECONDS: "0",
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "test-only-secret-never-use-in-production-3f9a1c",
    OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
    OIDC_CLIENT_ID: "duomentor-e2e",
    OIDC_CLIENT_SECRET: "e2e-only-oidc-client-secret-4b1f9d2c7a",
    OIDC_NAME: "University sign-in",
    ...(onPostgres ? {} : { DATABASE_URL: "", PGLITE_DIR: "data/e2e-pglite" }),
    ...(emptyDb
      ? {
          JOBS_INTERVAL_SECONDS: "1",
          SMTP_URL: `smtp://127.0.0.1:${MAIL_SINK.smtpPort}`,
          SMTP_FROM: "DuoMentor <noreply@duomentor.test>",
        }
      : {}),
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // the picture-taking tests (tag @screenshots, tests/e2e/fixtures.ts) only with `npm run screenshots`
  grepInvert: process.env.SCREENSHOTS === "1" ? undefined : /@screenshots/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  use: {
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: emptyDb
    ? [
        {
          command: "npx tsx tests/multi/smtp-sink.ts",
          url: `${MAIL_SINK.url}/health`,
          reuseExistingServer: false,
          timeout: 30_000,
          env: { SINK_SMTP_PORT: String(MAIL_SINK.smtpPort), SINK_HTTP_PORT: String(port + 3) },
        },
        app,
      ]
    : app,
});
