/**
 * Issue 16 against the built app (`next start`): security headers on a page response; 413 and
 * 400 (never 500) for oversize and malformed server-action bodies, on a keep-alive connection that
 * stays usable; the health check; a session cookie replayed after sign-out opens nothing; the
 * open redirect through callbackUrl is closed.
 */
import http from "node:http";
import { DEMO_LOGINS, DEMO_PASSWORD, expect, signInWithoutForm, test } from "./fixtures";

function origin(baseURL: string | undefined) {
  return new URL(baseURL ?? "http://127.0.0.1:3100");
}

interface Answer {
  status: number;
  body: string;
  socket: unknown;
}

/** One request on a keep-alive agent (one socket), so a reset connection shows. */
function send(
  agent: http.Agent,
  base: URL,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    chunked?: boolean;
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: options.method ?? "GET",
        path: options.path,
        agent,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), socket: req.socket }),
        );
      },
    );
    req.on("error", reject);
    if (options.body !== undefined) {
      if (options.chunked) {
        const buf = Buffer.from(options.body);
        for (let i = 0; i < buf.length; i += 64 * 1024) req.write(buf.subarray(i, i + 64 * 1024));
      } else req.write(options.body);
    }
    req.end();
  });
}

/** A real server action id, read from the login page's bundles is not needed: any 40-hex id will do. */
const ACTION_ID = "7f".repeat(21);

test("a page response carries the CSP (nonce, no unsafe-inline scripts), COOP and the other headers", async ({
  page,
}) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(scriptSrc).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"]).toBeUndefined(); // plain HTTP here
  // Next.js put this request's nonce on its scripts (each response has a fresh one).
  const html = await response!.text();
  expect(html).toContain(`nonce="${nonce}"`);
  const again = (await page.request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toContain(nonce!);
  // The page works under the policy: the form hydrates and signs in (a CSP violation would fail the test).
  await page.getByLabel("Email").fill(DEMO_LOGINS.mentee);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/mentee$/);
});

test("HSTS is sent over HTTPS (behind a proxy that says so)", async ({ request }) => {
  const r = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(r.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test("oversize and malformed action bodies: 413 and 400, never 500, and the connection stays usable", async ({
  baseURL,
}) => {
  const base = origin(baseURL);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set<unknown>();
  const action = (body: Buffer | string, contentType: string, extra: Record<string, string> = {}, chunked = false) =>
    send(agent, base, {
      method: "POST",
      path: "/login",
      headers: {
        "next-action": ACTION_ID,
        "content-type": contentType,
        ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": String(Buffer.byteLength(body)) }),
        ...extra,
      },
      body,
      chunked,
    });
  const big = Buffer.alloc(1024 * 1024 + 4096, "a");
  const results: [string, Answer][] = [
    ["1 MB + 4 KB, with a length", await action(big, "text/plain;charset=UTF-8")],
    ["1 MB + 4 KB, chunked", await action(big, "text/plain;charset=UTF-8", {}, true)],
    [
      "random bytes as multipart",
      await action(Buffer.from([0, 1, 2, 255, 254, 10, 13]), "multipart/form-data; boundary=x"),
    ],
    ["not JSON", await action("{this is not json", "text/plain;charset=UTF-8")],
    ["bad UTF-8", await action(Buffer.from([0xff, 0xfe, 0xfd]), "text/plain;charset=UTF-8")],
    [
      "a multipart row that is not JSON",
      await action(
        '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[not json\r\n--b--\r\n',
        "multipart/form-data; boundary=b",
      ),
    ],
    ["a bad action id", await action("[]", "text/plain;charset=UTF-8", { "next-action": "../../etc/passwd" })],
  ];
  for (const [, r] of results) sockets.add(r.socket);
  const statuses = Object.fromEntries(results.map(([name, r]) => [name, r.status]));
  expect(statuses).toEqual({
    "1 MB + 4 KB, with a length": 413,
    "1 MB + 4 KB, chunked": 413,
    "random bytes as multipart": 400,
    "not JSON": 400,
    "bad UTF-8": 400,
    "a multipart row that is not JSON": 400,
    "a bad action id": 400,
  });
  // The same keep-alive connection then serves a normal request.
  const after = await send(agent, base, { path: "/api/health" });
  sockets.add(after.socket);
  expect(after.status).toBe(200);
  expect(sockets.size).toBe(1);
  // Any other oversize POST too (a form post, next-auth's endpoints).
  const form = await send(agent, base, {
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(big.length) },
    body: big,
  });
  expect(form.status).toBe(413);
  agent.destroy();
});

test("the health check reports the database, and nothing else", async ({ request }) => {
  const r = await request.get("/api/health");
  expect(r.status()).toBe(200);
  expect(await r.json()).toEqual({ status: "ok", db: "ok" });
});

test("a session cookie replayed after sign-out opens nothing", async ({ page, browser }) => {
  await signInWithoutForm(page, DEMO_LOGINS.supervisor);
  await page.goto("/supervisor");
  await expect(page.getByRole("heading", { name: "Referral queue" })).toBeVisible();
  const saved = await page.context().cookies();
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(saved);
  const thief = await replay.newPage();
  await thief.goto("/supervisor");
  await expect(thief).toHaveURL(/\/login/);
  const session = await (await thief.request.get("/api/auth/session")).json();
  expect(session?.user).toBeUndefined();
  await replay.close();
});

test("signing in as someone else in the same browser replaces the earlier session", async ({ page }) => {
  // The open finding of the last session ("on PostgreSQL a credentials sign-in over another
  // account's session kept the old one") tested straight on, on both databases.
  await signInWithoutForm(page, DEMO_LOGINS.mentee);
  await page.goto("/");
  await expect(page).toHaveURL(/\/mentee/);
  await signInWithoutForm(page, DEMO_LOGINS.supervisor);
  await page.goto("/");
  await expect(page).toHaveURL(/\/supervisor/);
  await expect(page.getByRole("heading", { name: "Referral queue" })).toBeVisible();
});

test("sign out everywhere ends the other browser's session too", async ({ page, browser }) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWithoutForm(otherPage, DEMO_LOGINS.mentee);
  await signInWithoutForm(page, DEMO_LOGINS.mentee);
  await page.goto("/settings");
  const devices = page.getByRole("list", { name: "Signed-in devices" });
  await expect(devices.getByRole("listitem"))
    .toHaveCount(2, { timeout: 10_000 })
    .catch(async () => {
      // earlier specs may have left more sessions of the demo mentee: at least ours are listed
      expect(await devices.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    });
  await expect(devices.getByText("(this device)")).toHaveCount(1);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  await otherPage.goto("/mentee");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
});

test("callbackUrl cannot send a signed-in person to another site", async ({ page }) => {
  await signInWithoutForm(page, DEMO_LOGINS.mentee);
  for (const bad of ["/%09/evil.example/", "//evil.example", "/%0d%0a/evil.example", "https://evil.example/"]) {
    const r = await page.request.get(`/login?callbackUrl=${encodeURIComponent(bad).replace("%25", "%")}`, {
      maxRedirects: 0,
    });
    expect(r.status(), bad).toBeLessThan(500);
    const location = r.headers()["location"] ?? "";
    expect(location, bad).not.toMatch(/evil\.example/);
  }
  await page.goto("/login?callbackUrl=/%09/evil.example/");
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(mentee)?$/);
});

test("while the database is locked by another process: a plain 503 for every page, health says so, no path leaks; then it recovers", async () => {
  test.setTimeout(90_000);
  const { spawn } = await import("node:child_process");
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "duomentor-locked-"));
  const dir = path.join(root, "pglite");
  // This test process "holds" the directory: a lock naming a live process with its real start time.
  const stat = fs.readFileSync(`/proc/${process.pid}/stat`, "utf8");
  const start = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  const boot = fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: process.pid, start, boot, host: os.hostname() }));
  const port = Number(process.env.E2E_PORT ?? 3100) + 2000;
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: "",
        PGLITE_DIR: dir,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        NEXTAUTH_SECRET: "test-only-secret-never-use-in-production-3f9a1c",
        NEXT_MANUAL_SIG_HANDLE: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        JOBS_INTERVAL_SECONDS: "0",
      },
      stdio: "ignore",
    },
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    let health: Response | undefined;
    for (let i = 0; i < 60 && !health; i++) {
      health = await fetch(`${base}/api/health`).catch(() => undefined);
      if (!health) await new Promise((r) => setTimeout(r, 500));
    }
    expect(health!.status).toBe(503);
    expect(await health!.json()).toEqual({ status: "degraded", db: "unavailable" });
    for (const p of ["/", "/login", "/mentor", "/api/auth/session"]) {
      const r = await fetch(`${base}${p}`, { redirect: "manual" });
      expect(r.status, p).toBe(503);
      const body = await r.text();
      expect(body).toContain("DuoMentor cannot reach its database");
      expect(body).not.toContain(root);
      expect(body).not.toContain(String(process.pid));
    }
    // The other process lets go: the app opens its database within seconds, on its own.
    fs.rmSync(`${dir}.lock`);
    await expect
      .poll(async () => (await fetch(`${base}/api/health`)).status, { timeout: 30_000, intervals: [1000] })
      .toBe(200);
  } finally {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
    fs.rmSync(root, { recursive: true, force: true });
  }
});
