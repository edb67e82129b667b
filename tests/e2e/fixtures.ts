import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";

/** The seeded demo accounts (lib/demo/seed-demo.ts); "mentor" is the clinical mentor of Group 1. */
export const DEMO_PASSWORD = "duomentor-demo";
export const DEMO_LOGINS = {
  coordinator: "coordinator@duomentor.test",
  supervisor: "supervisor@duomentor.test",
  mentor: "clinical.mentor@duomentor.test",
  clinicalMentor: "clinical.mentor@duomentor.test",
  preclinicalMentor: "preclinical.mentor@duomentor.test",
  mentee: "mentee@duomentor.test",
  roleModel: "rolemodel@duomentor.test",
} as const;
export type DemoRole = keyof typeof DEMO_LOGINS;

/**
 * Signs in without the form (the sign-in journey tests the form itself): next-auth's CSRF
 * token, then its credentials callback, through page.request so the session cookie lands in
 * the page's browser context.
 */
export async function signInWithoutForm(page: Page, email: string, password = DEMO_PASSWORD, base = "") {
  const csrf = await page.request.get(`${base}/api/auth/csrf`);
  expect(csrf.ok(), `GET /api/auth/csrf: HTTP ${csrf.status()}`).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/" },
    maxRedirects: 0,
  });
  // next-auth answers a refused sign-in with 200 and an error in the URL; an earlier session in
  // the same browser would survive it, so the session check alone cannot tell.
  const answer = (await response.json().catch(() => null)) as { url?: string } | null;
  const refused = !response.ok() || !answer?.url || /[?&]error=/.test(answer.url);
  const session = (await (await page.request.get(`${base}/api/auth/session`)).json()) as { user?: unknown } | null;
  if (refused || !session?.user) {
    throw new Error(
      `Signing in as ${email} failed (HTTP ${response.status()}: ${(await response.text()).slice(0, 200)})`,
    );
  }
}

/**
 * Content-Security-Policy violations fail the test (issue 16): every browser context, the default
 * one and those a spec opens itself, reports `securitypolicyviolation` events and the console's CSP
 * errors into a per-worker log; an automatic fixture fails the test that caused any. So does a
 * message a client component asked for and the browser was not sent (next-intl's MISSING_MESSAGE:
 * lib/i18n/client-messages.ts sends only the subtrees useTranslations calls name).
 */
const watched = new WeakSet<BrowserContext>();
function watchCsp(context: BrowserContext, log: string[]) {
  if (watched.has(context)) return;
  watched.add(context);
  void context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `[csp violation] ${e.violatedDirective} blocked ${e.blockedURI || "inline code"} in ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  context.on("console", (msg) => {
    const text = msg.text();
    if (msg.type() === "error" && /\[csp violation\]|Content Security Policy|MISSING_MESSAGE/i.test(text)) {
      log.push(`${msg.location().url}: ${text}`);
    }
  });
}

export const test = base.extend<{ loginAs: (role: DemoRole) => Promise<void>; cspGuard: void }, { cspLog: string[] }>({
  cspLog: [
    async ({}, provide) => {
      await provide([]);
    },
    { scope: "worker" },
  ],
  browser: [
    async ({ browser, cspLog }, provide) => {
      const original = browser.newContext.bind(browser);
      (browser as Browser).newContext = async (...args: Parameters<Browser["newContext"]>) => {
        const context = await original(...args);
        watchCsp(context, cspLog);
        return context;
      };
      await provide(browser);
    },
    { scope: "worker" },
  ],
  cspGuard: [
    async ({ context, cspLog }, provide) => {
      watchCsp(context, cspLog);
      const start = cspLog.length;
      await provide();
      const mine = cspLog.slice(start);
      if (mine.length) throw new Error(`Content-Security-Policy violations or missing messages:\n${mine.join("\n")}`);
    },
    { auto: true },
  ],
  // (the fixture callback is named `provide`, not `use`, so the React hooks lint rule keeps quiet)
  loginAs: async ({ page }, provide) => {
    await provide((role) => signInWithoutForm(page, DEMO_LOGINS[role]));
  },
});

export { expect };

/**
 * The tag of tests that only take pictures of pages for a person to look at (test-results/…/*.png):
 * `npm run screenshots` runs them; npm test and CI leave them out (playwright.config.ts), since a
 * picture nobody opens checks nothing. What they were for that a machine can check (axe, and no
 * page wider than a phone) the accessibility sweep checks on every page (a11y.spec.ts).
 */
export const SCREENSHOTS = { tag: "@screenshots" };

/**
 * Waits until a form built on useActionForm has hydrated (it marks itself `data-hydrated`): a
 * choice made in a select before that is reset by React, and a slow page (the sections stream in
 * behind loading.tsx) made a scheduling journey submit the default kind of session.
 */
export async function interactive(form: Locator): Promise<Locator> {
  await expect(form).toHaveAttribute("data-hydrated", "");
  return form;
}
