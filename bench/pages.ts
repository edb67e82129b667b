/**
 * The page benchmark (issue 17, item 1): every signed-in page of every role, on PostgreSQL, for
 * the reference cohort (the demo) and a generated scale cohort (bench/scale-cohort.ts).
 *
 *   npm run bench:pages                                   (throwaway PostgreSQL; builds if there is no build)
 *   npm run bench:pages -- --students=50000 --mentees=5000 --contacts=5000000   (the full size)
 *   flags: --students --mentees --contacts (scale sizes), --only=ref|scale, --requests=N (per connection
 *          and page, default 6), --connections=10, --budget=20 (seconds per page at most), --build,
 *          --pages=/coordinator/reports,/supervisor/reports (only the pages whose path starts so)
 *
 * For each page: 10 connections, each alternating the page and the no-database route (/login) in
 * the same run, so the ratio page/login cancels out the machine's load; p50/p95 of both. Then,
 * alone: the SQL statements one request issues (pg_stat_statements, reset before two requests,
 * divided by two) and the HTML bytes. One table at the end.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { pgRunner } from "../lib/db/runners";
import { DEMO_EMAILS, DEMO_PASSWORD, seedDemo } from "../lib/demo/seed-demo";
import { SCALE_EMAILS, scaleCohortSql } from "./scale-cohort";

const args = new Map(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith("--"))
    .map((a) => {
      const [k, v] = a.slice(2).split("=");
      return [k, v ?? "true"] as const;
    }),
);
const num = (k: string, d: number) => (args.has(k) ? Number(args.get(k)) : d);
const SIZES = { students: num("students", 10_000), mentees: num("mentees", 1_000), contacts: num("contacts", 500_000) };
const REQUESTS = num("requests", 6);
const CONNECTIONS = num("connections", 10);
const BUDGET_MS = num("budget", 20) * 1000;
const ONLY = args.get("only");
const PAGES = args.get("pages")?.split(",").filter(Boolean);
const PORT = num("port", 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = "bench-only-secret-never-use-in-production-7d2e";

interface Login {
  role: string;
  email: string;
  pages: string[];
}

function loginsFor(emails: typeof DEMO_EMAILS | typeof SCALE_EMAILS, cohortId: string): Login[] {
  const c = `/coordinator/cohorts/${cohortId}`;
  return [
    {
      role: "coordinator",
      email: emails.coordinator,
      pages: [
        "/coordinator",
        "/coordinator/compliance",
        "/coordinator/meetings",
        "/coordinator/referrals",
        "/coordinator/cohorts",
        c,
        `${c}/people`,
        `${c}/mentors`,
        `${c}/groups`,
        "/coordinator/reports",
        "/coordinator/outcomes",
        "/coordinator/hours",
        "/coordinator/surveys",
        "/coordinator/sessions",
      ],
    },
    {
      role: "supervisor",
      email: emails.supervisor,
      pages: ["/supervisor", "/supervisor/compliance", "/supervisor/reports", "/supervisor/feedback"],
    },
    {
      role: "mentor",
      email: emails.clinicalMentor,
      pages: [
        "/mentor",
        "/mentor/contacts/new",
        "/mentor/availability",
        "/mentor/referrals",
        "/mentor/hours",
        "/mentor/sessions",
        "/mentor/surveys",
      ],
    },
    {
      role: "mentee",
      email: emails.mentee,
      pages: ["/mentee", "/mentee/book", "/mentee/meetings", "/mentee/contacts"],
    },
  ];
}

async function createDatabase(base: string, name: string) {
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const client = new pg.Client({ connectionString: `${base}/${name}` });
  await client.connect();
  await migrate(pgRunner(client));
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  return client;
}

function utcToday() {
  const n = new Date();
  return new Date(Date.UTC(n.getUTCFullYear(), n.getUTCMonth(), n.getUTCDate()));
}

async function prepare(base: string, kind: "ref" | "scale"): Promise<{ url: string; logins: Login[] }> {
  const name = `duomentor_pages_${kind}`;
  const client = await createDatabase(base, name);
  const url = `${base}/${name}`;
  const handle = openDb({ kind: "postgres", url });
  const t = performance.now();
  await seedDemo(handle.prisma, { today: utcToday() });
  await handle.close();
  let logins: Login[];
  if (kind === "scale") {
    for (const sql of scaleCohortSql(SIZES, utcToday(), DEMO_EMAILS.coordinator)) await client.query(sql);
    const counts = await client.query<{ m: string; c: string; s: string }>(
      `SELECT (SELECT count(*) FROM "Membership" WHERE "cohortId" = 'scale') AS m,
              (SELECT count(*) FROM "ContactLog" WHERE "cohortId" = 'scale') AS c,
              (SELECT count(*) FROM "AvailabilitySlot" WHERE "cohortId" = 'scale') AS s`,
    );
    const r = counts.rows[0];
    console.log(
      `scale cohort: ${r.m} memberships (${SIZES.mentees} mentees), ${r.c} contact logs, ${r.s} slots, generated in ${((performance.now() - t) / 1000).toFixed(0)} s`,
    );
    logins = loginsFor(SCALE_EMAILS, "scale");
  } else {
    await client.query("ANALYZE");
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Cohort" LIMIT 1`);
    logins = loginsFor(DEMO_EMAILS, rows[0].id);
  }
  await client.end();
  return { url, logins };
}

function ensureBuild() {
  if (!args.has("build") && fs.existsSync(path.join(".next", "BUILD_ID"))) return;
  console.log("› next build …");
  const r = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: SECRET },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function startServer(url: string): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: BASE,
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_MANUAL_SIG_HANDLE: "1",
        JOBS_INTERVAL_SECONDS: "0",
        NODE_ENV: "production",
      },
    },
  );
  for (let i = 0; i < 600; i++) {
    try {
      // Up, and the database open (under load its first probe may time out: the proxy answers 503).
      const res = await fetch(`${BASE}/api/auth/csrf`);
      if (res.ok && res.headers.get("content-type")?.includes("json")) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill("SIGTERM");
  throw new Error("the server did not start");
}

async function stopServer(server: ChildProcess) {
  await new Promise<void>((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

/** Signs in through next-auth's credentials callback; returns the Cookie header. */
async function signIn(email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  // Retried: under heavy load the server's first database probe can time out (a 503 for a while).
  let csrf = await fetch(`${BASE}/api/auth/csrf`);
  for (let i = 0; i < 120 && !csrf.headers.get("content-type")?.includes("json"); i++) {
    await new Promise((r) => setTimeout(r, 500));
    csrf = await fetch(`${BASE}/api/auth/csrf`);
  }
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true", callbackUrl: "/" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`signing in as ${email} failed`);
  return cookie();
}

async function timed(url: string, cookie?: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  return { ms: performance.now() - t, status: res.status, bytes: body.length };
}

function pct(values: number[], p: number) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

async function statements(stats: pg.Client, fn: () => Promise<unknown>): Promise<number> {
  await stats.query("SELECT pg_stat_statements_reset()");
  await fn();
  const { rows } = await stats.query<{ n: string | null }>(
    `SELECT sum(calls) AS n FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  if (args.has("sql")) {
    // --sql: every statement with its calls, to see what a page runs (appended to bench-sql.log)
    const all = await stats.query<{ calls: string; query: string }>(
      `SELECT calls, query FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC`,
    );
    fs.appendFileSync(
      "bench-sql.log",
      all.rows.map((r) => `${r.calls}\t${r.query.replace(/\s+/g, " ").slice(0, 300)}`).join("\n") + "\n\n",
    );
  }
  return Number(rows[0].n ?? 0);
}

interface Row {
  cohort: string;
  role: string;
  page: string;
  n: number;
  p50: number;
  p95: number;
  base50: number;
  base95: number;
  statements: number;
  kb: number;
  status: number;
}

async function measurePage(cohort: string, role: string, page: string, cookie: string, stats: pg.Client): Promise<Row> {
  if (args.has("sql")) fs.appendFileSync("bench-sql.log", `== ${cohort} ${page}\n`);
  // Alone first: warms the route, counts statements over two requests, and the HTML size.
  await timed(`${BASE}${page}`, cookie);
  let last = { ms: 0, status: 0, bytes: 0 };
  const n = await statements(stats, async () => {
    for (let i = 0; i < 2; i++) last = await timed(`${BASE}${page}`, cookie);
  });
  const pageMs: number[] = [];
  const baseMs: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      for (let i = 0; i < REQUESTS && performance.now() - started < BUDGET_MS; i++) {
        // Half the connections start with the no-database route: both run side by side throughout.
        const order = (i + c) % 2 === 0 ? ["page", "base"] : ["base", "page"];
        for (const o of order) {
          if (o === "page") pageMs.push((await timed(`${BASE}${page}`, cookie)).ms);
          else baseMs.push((await timed(`${BASE}/login`)).ms);
        }
      }
    }),
  );
  return {
    cohort,
    role,
    page,
    n: pageMs.length,
    p50: pct(pageMs, 50),
    p95: pct(pageMs, 95),
    base50: pct(baseMs, 50),
    base95: pct(baseMs, 95),
    statements: n / 2,
    kb: last.bytes / 1024,
    status: last.status,
  };
}

function printTable(rows: Row[]) {
  const head = [
    "cohort",
    "role",
    "page",
    "n",
    "p50 ms",
    "p95 ms",
    "/login p50",
    "/login p95",
    "x p50",
    "x p95",
    "SQL/req",
    "HTML kB",
    "HTTP",
  ];
  const body = rows.map((r) => [
    r.cohort,
    r.role,
    r.page.replace(/cohorts\/[^/]+/, "cohorts/:id"),
    String(r.n),
    r.p50.toFixed(0),
    r.p95.toFixed(0),
    r.base50.toFixed(0),
    r.base95.toFixed(0),
    (r.p50 / r.base50).toFixed(1),
    (r.p95 / r.base95).toFixed(1),
    String(r.statements),
    r.kb.toFixed(0),
    String(r.status),
  ]);
  const all = [head, ...body];
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => "| " + r.map((c, i) => (i < 3 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(" | ") + " |";
  console.log(line(head));
  console.log("| " + w.map((x, i) => (i < 3 ? "-".repeat(x) : "-".repeat(x - 1) + ":")).join(" | ") + " |");
  for (const r of body) console.log(line(r));
}

async function main() {
  const base = process.env.PG_URL_BASE;
  if (!base)
    throw new Error("Run me with: npm run bench:pages (or bash scripts/with-postgres.sh npx tsx bench/pages.ts)");
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  console.log(`bench:pages on ${os.cpus().length} CPUs, load average ${load()}; scale ${JSON.stringify(SIZES)}`);
  ensureBuild();
  const rows: Row[] = [];
  for (const kind of ["ref", "scale"] as const) {
    if (ONLY && ONLY !== kind) continue;
    const { url, logins } = await prepare(base, kind);
    const stats = new pg.Client({ connectionString: url });
    await stats.connect();
    const server = await startServer(url);
    try {
      for (const login of logins) {
        const pages = login.pages.filter((p) => !PAGES || PAGES.some((x) => p.startsWith(x)));
        if (!pages.length) continue;
        const cookie = await signIn(login.email);
        for (const page of pages) {
          const row = await measurePage(kind, login.role, page, cookie, stats);
          rows.push(row);
          console.log(
            `  ${kind} ${login.role} ${page}: p50 ${row.p50.toFixed(0)} ms (/login ${row.base50.toFixed(0)}), ${row.statements} SQL, ${row.kb.toFixed(0)} kB, HTTP ${row.status}`,
          );
        }
      }
    } finally {
      await stopServer(server);
      await stats.end();
    }
  }
  console.log(`\nload average at the end: ${load()}\n`);
  printTable(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
