import { test as base, expect, type Page } from "@playwright/test";

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
export async function signInWithoutForm(page: Page, email: string, password = DEMO_PASSWORD) {
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.ok(), `GET /api/auth/csrf: HTTP ${csrf.status()}`).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/" },
    maxRedirects: 0,
  });
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: unknown } | null;
  if (!session?.user) {
    throw new Error(
      `Signing in as ${email} failed (HTTP ${response.status()}: ${(await response.text()).slice(0, 200)})`,
    );
  }
}

export const test = base.extend<{ loginAs: (role: DemoRole) => Promise<void> }>({
  // (the fixture callback is named `provide`, not `use`, so the React hooks lint rule keeps quiet)
  loginAs: async ({ page }, provide) => {
    await provide((role) => signInWithoutForm(page, DEMO_LOGINS[role]));
  },
});

export { expect };
