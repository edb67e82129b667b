import { z } from "zod";

/**
 * The environment, parsed once. Nothing else reads process.env (STYLE.md, practice 5).
 * Plain module (no "server-only") because the Prisma config, scripts and tests use it too;
 * it holds no secret defaults, and client components never import it.
 */
const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** postgres://… selects PostgreSQL; unset (or file:…) selects embedded PGlite. */
  DATABASE_URL: optional,
  /** Directory of the embedded database (default ./data/pglite). */
  PGLITE_DIR: optional,
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: optional,
  NEXTAUTH_URL: optional,
  /** smtp(s)://user:pass@host:port; unset = the outbox is only shown to coordinators in the app. */
  SMTP_URL: optional,
  SMTP_FROM: z.string().default("DuoMentor <no-reply@duomentor.local>"),
  /** Optional university single sign-on (OpenID Connect). All three switch it on. */
  OIDC_ISSUER: optional,
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: z.string().default("University sign-in"),
  /** How often the app runs reminders and outbox delivery in its own process; 0 = never (cron instead). */
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Reverse proxies in front of the app that append to X-Forwarded-For (the client IP is that many from the right). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(1),
  /** PostgreSQL client binaries for db:backup / db:restore (pg_dump, pg_restore). */
  PG_BIN: z.string().default("/usr/lib/postgresql/15/bin"),
  /** Port for `npm run demo`. */
  PORT: z.coerce.number().int().default(3000),
});

export type Env = z.infer<typeof schema>;

function parse(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parse();

export const ssoEnabled = Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
