import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { MESSAGES_DIR, namespacesOf, readCatalog, type Messages } from "@/lib/i18n/catalog";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/config";

/**
 * The catalogs are complete and every key is used (docs/i18n.md, "Completeness"):
 *  - every language has exactly English's namespaces and keys (none missing, none left over);
 *  - every message parses as ICU and takes the same arguments as the English one;
 *  - every key the code names exists in English, and every English key is named by the code.
 * "Named by the code": see usedKeys() below (translator calls with literal keys, key-like string
 * literals such as zod messages, template-literal prefixes, and `i18n-keys:` comments).
 */
const ROOT = path.resolve(MESSAGES_DIR, "..");

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(messages)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      argumentsOf(el.children, out);
      continue;
    }
    out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    }
  }
  return out;
}

const english = flatten(readCatalog(DEFAULT_LOCALE));

describe("every language has every key, and no other", () => {
  for (const locale of LOCALES) {
    it(`${locale}: the same namespaces and keys as English`, () => {
      expect(namespacesOf(locale)).toEqual(namespacesOf(DEFAULT_LOCALE));
      const keys = [...flatten(readCatalog(locale)).keys()].sort();
      const missing = [...english.keys()].filter((k) => !keys.includes(k));
      const extra = keys.filter((k) => !english.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
  }
});

describe("every message is valid ICU with English's arguments", () => {
  for (const locale of LOCALES) {
    it(locale, () => {
      const problems: string[] = [];
      for (const [key, text] of flatten(readCatalog(locale))) {
        try {
          const args = [...argumentsOf(parse(text))].sort();
          const expected = [...argumentsOf(parse(english.get(key) ?? ""))].sort();
          if (JSON.stringify(args) !== JSON.stringify(expected)) {
            problems.push(`${key}: arguments ${args.join(",")} instead of ${expected.join(",")}`);
          }
        } catch (e) {
          problems.push(`${key}: ${(e as Error).message}`);
        }
        if (locale !== DEFAULT_LOCALE && text.trim() === "") problems.push(`${key}: empty`);
      }
      expect(problems).toEqual([]);
    });
  }
});

// ------------------------------------------------------------------ which keys the code names

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" || d.name.startsWith(".") ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(d.name) ? [p] : [];
  });
}

const NAMESPACES = new Set(namespacesOf(DEFAULT_LOCALE));
const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/;

/**
 * The keys (and key patterns, with *) a source file names:
 *  1. `const t = useTranslations("ns")` / `await getTranslations("ns")` binds t to ns; then
 *     t("a.b"), t.rich("a"), t.has("a") name "ns.a.b"; t(`role.${x}`) names "ns.role.*"; a call
 *     with any other argument names "ns.*" when ns has two segments or more ("common.channel");
 *  2. any string literal that is a key of a namespace we have ("settings.errors.phoneDigits":
 *     zod messages, msg(), nav labels, constraint messages), except an action's log name or an
 *     audit action (`name: "booking.book"`, `action: "booking.booked"`);
 *  3. a comment `i18n-keys: emails.*.subject shell.nav.*` for keys built at run time.
 */
function usedKeys(source: string): string[] {
  const used: string[] = [];
  const bindings = source.matchAll(
    /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:["'`]([\w.]*)["'`])?\s*\)/g,
  );
  for (const [, name, ns = ""] of bindings) {
    const prefix = ns ? `${ns}.` : "";
    const calls = source.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.raw|\\.has)?\\(\\s*([^,)]*)`, "g"));
    for (const [, arg] of calls) {
      const literal = /^(["'])([\w.]+)\1$/.exec(arg.trim());
      const template = /^`([\w.]*)\$\{/.exec(arg.trim());
      if (literal) used.push(prefix + literal[2]);
      else if (template) used.push(`${prefix}${template[1]}*`);
      else if (ns.includes(".")) used.push(`${ns}.*`);
    }
  }
  // (the argument of a bound t("…") was counted above, relative to its namespace: settings'
  // t("sessions.heading") is settings.sessions.heading, not a key of the sessions namespace)
  const bound = new Set(
    [...source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(/g)].map(
      (m) => m[1],
    ),
  );
  for (const m of source.matchAll(/["'`]([a-z][\w.]*)["'`]/g)) {
    const text = m[1];
    const call = /\b(\w+)(?:\.rich|\.markup|\.raw|\.has)?\(\s*$/.exec(source.slice(Math.max(0, m.index - 40), m.index));
    if (call && bound.has(call[1])) continue;
    // An action's log name (`name: "booking.book"`) or an audit action is not a message.
    if (/\b(?:name|action)\s*:\s*$/.test(source.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (KEY.test(text) && NAMESPACES.has(text.split(".")[0])) used.push(text);
  }
  for (const [, list] of source.matchAll(/i18n-keys:\s*([^\n*]*(?:\*[^\n*/]*)*)/g)) {
    used.push(...list.split(/\s+/).filter((k) => /^[a-z][\w.*]*$/.test(k) && k.includes(".")));
  }
  return used;
}

function matches(pattern: string, key: string): boolean {
  if (!pattern.includes("*")) return pattern === key;
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.]/g, "\\."))
      .join("[\\w.]+")}$`,
  );
  return re.test(key);
}

const files = ["app", "components", "lib", "scripts", "prisma"].flatMap((d) => sourceFiles(path.join(ROOT, d)));
const named = files.flatMap((f) => usedKeys(fs.readFileSync(f, "utf8")).map((key) => ({ key, file: f })));

describe("the code and the catalogs name the same keys", () => {
  it("every key the code names is in English's catalogs", () => {
    const missing = named
      // (a namespace given to useTranslations("auth.signIn") is a prefix, not a key)
      .filter(
        ({ key }) =>
          !key.includes("*") && !english.has(key) && ![...english.keys()].some((k) => k.startsWith(`${key}.`)),
      )
      .map(({ key, file }) => `${key} (${path.relative(ROOT, file)})`);
    expect(missing).toEqual([]);
  });
  it("every English key is named by the code", () => {
    const unused = [...english.keys()].filter((k) => !named.some(({ key }) => matches(key, k)));
    expect(unused).toEqual([]);
  });
  it("the scanner sees what it must (a guard against a scanner that finds nothing)", () => {
    expect(usedKeys(`const t = useTranslations("shell"); t("skip"); t(\`role.\${r}\`);`)).toEqual([
      "shell.skip",
      "shell.role.*",
    ]);
    expect(usedKeys(`const tc = await getTranslations("common.channel"); tc(c)`)).toContain("common.channel.*");
    expect(usedKeys(`z.string().max(30, "settings.errors.phoneTooLong")`)).toEqual(["settings.errors.phoneTooLong"]);
    expect(usedKeys(`z.string().max(30, "Keep it short.")`)).toEqual([]);
    expect(named.length).toBeGreaterThan(100);
  });
});
