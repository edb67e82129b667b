import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, SERVER_ONLY_NAMESPACES } from "@/lib/i18n/client-messages";
import { namespacesOf } from "@/lib/i18n/catalog";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sources(p);
    return /\.(tsx?|mts)$/.test(e.name) ? [p] : [];
  });
}

describe("the messages sent to the browser", () => {
  const files = ["app", "components", "lib"].flatMap((d) => sources(path.resolve(d)));

  it("leave out only namespaces no useTranslations call names", () => {
    const named = new Set<string>();
    for (const f of files) {
      const src = fs.readFileSync(f, "utf8");
      for (const m of src.matchAll(/useTranslations\(\s*["'`]([A-Za-z]+)/g)) named.add(m[1]!);
    }
    expect(named.size).toBeGreaterThan(10);
    expect(SERVER_ONLY_NAMESPACES.filter((ns) => named.has(ns))).toEqual([]);
  });

  it("a namespace-less useTranslations() reads only keys of namespaces that are sent", () => {
    // components/shell/nav-links.tsx: the nav's labels (shell.nav.*, surveys.nav.*)
    const nav = fs.readFileSync(path.resolve("components/shell/nav.ts"), "utf8");
    const used = new Set([...nav.matchAll(/label: "([a-zA-Z]+)\./g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(0);
    for (const ns of used) expect(SERVER_ONLY_NAMESPACES).not.toContain(ns);
  });

  it("keeps every other namespace and drops the server's", () => {
    const all = Object.fromEntries(namespacesOf("en").map((ns) => [ns, { k: ns }]));
    const sent = clientMessages(all);
    for (const ns of namespacesOf("en")) expect(ns in sent).toBe(!SERVER_ONLY_NAMESPACES.includes(ns));
    for (const ns of SERVER_ONLY_NAMESPACES) expect(namespacesOf("en")).toContain(ns);
  });
});
