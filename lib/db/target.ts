import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

/** Which database this process talks to: embedded PGlite (default) or PostgreSQL. */
export type DbTarget = { kind: "pglite"; dir: string } | { kind: "postgres"; url: string };

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//i.test(url) && !/^postgres(ql)?:\/\/pglite\//i.test(url);
}

export function dbTarget(): DbTarget {
  const url = env.DATABASE_URL;
  if (url && isPostgresUrl(url)) return { kind: "postgres", url };
  let dir = env.PGLITE_DIR ?? "data/pglite";
  if (url?.startsWith("file:")) dir = url.slice("file:".length);
  // turbopackIgnore: a runtime path, not a file to trace into the build.
  const abs = path.resolve(/* turbopackIgnore: true */ process.cwd(), dir);
  // PGlite's NodeFS creates only the last directory level.
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  return { kind: "pglite", dir: abs };
}
