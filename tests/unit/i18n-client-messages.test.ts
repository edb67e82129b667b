import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_PREFIXES, clientMessages, SERVER_ONLY_NAMESPACES } from "@/lib/i18n/client-messages";
import { readCatalog, type Messages } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/config";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sources(p);
    return /\.(tsx?|mts)$/.test(e.name) ? [p] : [];
  });
}

const at = (m: Messages, key: string) =>
  key.split(".").reduce<string | Messages | undefined>((x, k) => (typeof x === "object" ? x[k] : undefined), m);

describe("the messages sent to the browser", () => {
  const files = ["app", "components", "lib"].flatMap((d) => sources(path.resolve(d)));

  it("are exactly the subtrees useTranslations calls name, and the nav's labels", () => {
    const named = new Set<string>(["shell.menu"]);
    const bare: string[] = [];
    for (const f of files) {
      const src = fs.readFileSync(f, "utf8");
      for (const m of src.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const arg = m[1]!.trim();
        const literal = /^["'`]([A-Za-z.]+)["'`]$/.exec(arg);
        if (literal) named.add(literal[1]!);
        else if (arg === "") bare.push(path.relative(process.cwd(), f));
        else throw new Error(`${f}: useTranslations(${arg}) names no literal subtree`);
      }
    }
    // the one namespace-less call reads the nav's labels (shell.nav.*, surveys.nav.*) and shell.menu
    expect(bare).toEqual(["components/shell/nav-links.tsx"]);
    const nav = fs.readFileSync(path.resolve("components/shell/nav.ts"), "utf8");
    for (const m of nav.matchAll(/label: "([a-zA-Z.]+)\.[a-zA-Z]+"/g)) named.add(m[1]!);
    const all = [...named].sort();
    const minimal = all.filter((p) => !all.some((q) => q !== p && p.startsWith(`${q}.`)));
    expect([...CLIENT_PREFIXES]).toEqual(minimal);
    expect(CLIENT_PREFIXES.filter((p) => SERVER_ONLY_NAMESPACES.includes(p.split(".")[0]!))).toEqual([]);
  });

  it("every subtree sent exists in every language", () => {
    for (const locale of LOCALES) {
      const catalog = readCatalog(locale);
      expect(
        CLIENT_PREFIXES.filter((p) => at(catalog, p) === undefined),
        locale,
      ).toEqual([]);
    }
  });

  it("keep the subtrees whole and nothing beside them", () => {
    const catalog = readCatalog("en");
    const sent = clientMessages(catalog);
    for (const p of CLIENT_PREFIXES) expect(at(sent, p)).toEqual(at(catalog, p));
    expect(at(sent, "reports")).toBeUndefined();
    expect(at(sent, "emails")).toBeUndefined();
    expect(at(sent, "meetings.availability")).toBeUndefined();
    expect(at(sent, "roster.page.person.edit")).toBeDefined();
    expect(at(sent, "roster.page.title")).toBeUndefined();
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(catalog).length * 0.6);
    // a server-only namespace is never sent, even when asked for
    expect(clientMessages({ reports: { a: "x" }, ui: { b: "y" } }, ["reports", "ui"])).toEqual({ ui: { b: "y" } });
  });
});
