import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

/** Which database this process talks to: embedded PGlite (default) or PostgreSQL. */
export type DbTarget = { kind: "pglite"; dir: string } | { kind: "postgres"; url: string };

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url) && !/^postgres(ql)?:\/\/pglite\//i.test(url);
}

export function dbTarget(): DbTarget {
  if (isPostgresUrl(env.DATABASE_URL)) return { kind: "postgres", url: env.DATABASE_URL };
  let dir = env.PGLITE_DIR ?? "data/pglite";
  if (env.DATABASE_URL?.startsWith("file:")) dir = env.DATABASE_URL.slice("file:".length);
  // turbopackIgnore: a runtime path, not a file to trace into the build.
  const abs = path.resolve(/* turbopackIgnore: true */ process.cwd(), dir);
  // PGlite's NodeFS creates only the last directory level.
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  return { kind: "pglite", dir: abs };
}
