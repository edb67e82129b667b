/**
 * Lets a bench load the server actions outside Next, as vitest.config.ts does for tests:
 * `import "server-only"` is empty, and next-auth's CommonJS providers give their default export
 * (Next's bundler does this interop; Node's ESM loader does not).
 *   tsx --import ./bench/no-server-only.mjs bench/…
 */
import { register } from "node:module";

const empty = new URL("../node_modules/server-only/empty.js", import.meta.url).href;
const hook = `
const empty = ${JSON.stringify(empty)};
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: empty, shortCircuit: true };
  if (specifier.startsWith("next-auth/providers/") && !context.parentURL?.startsWith("interop:")) {
    const real = await next(specifier, context);
    return { url: "interop:" + real.url, shortCircuit: true };
  }
  if (context.parentURL?.startsWith("interop:") && specifier.startsWith("file:")) return { url: specifier, shortCircuit: true };
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.startsWith("interop:")) {
    const real = url.slice("interop:".length);
    return {
      format: "module",
      shortCircuit: true,
      source: "import m from " + JSON.stringify(real) + "; export default m.default ?? m;",
    };
  }
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
