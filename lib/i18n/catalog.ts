import fs from "node:fs";
import path from "node:path";
import { env } from "../env";
import { DEFAULT_LOCALE, type Locale } from "./config";

/**
 * The message catalogs: messages/<locale>/<namespace>.json, one file per namespace (an area, the
 * shell, the emails…), so that branches adding namespaces never edit the same file. A file's
 * content is the namespace: messages/en/shell.json { "skip": "…" } is the key "shell.skip".
 * English is the source; another language's missing key falls back to English at run time
 * (and fails tests/unit/i18n-catalogs.test.ts).
 *
 * Read from disk at run time (server only; next start runs from the project root), once per
 * process per locale (again on every request under `next dev`, so edits show at once).
 */
export type Messages = { [key: string]: string | Messages };

// turbopackIgnore: a runtime directory, not a file to trace into the build.
export const MESSAGES_DIR = path.resolve(/* turbopackIgnore: true */ process.cwd(), "messages");

const cache = new Map<Locale, Messages>();

/** The namespaces of one locale, read from its directory. */
export function namespacesOf(locale: string, dir = MESSAGES_DIR): string[] {
  const folder = path.join(dir, locale);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}

/** One locale's own catalogs, merged by namespace (no fallback). */
export function readCatalog(locale: string, dir = MESSAGES_DIR): Messages {
  const out: Messages = {};
  for (const ns of namespacesOf(locale, dir)) {
    out[ns] = JSON.parse(fs.readFileSync(path.join(dir, locale, `${ns}.json`), "utf8")) as Messages;
  }
  return out;
}

function deepMerge(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = typeof v === "object" && typeof b === "object" ? deepMerge(b, v) : v;
  }
  return out;
}

/** The messages for a locale: its catalogs over English. */
export function loadMessages(locale: Locale): Messages {
  const hit = cache.get(locale);
  if (hit) return hit;
  const own = readCatalog(locale);
  const messages = locale === DEFAULT_LOCALE ? own : deepMerge(readCatalog(DEFAULT_LOCALE), own);
  if (env.NODE_ENV !== "development") cache.set(locale, messages);
  return messages;
}
