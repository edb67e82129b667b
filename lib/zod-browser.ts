/**
 * What `import { z } from "zod"` means in browser bundles (next.config.ts, turbopack.resolveAlias):
 * zod with its JIT off. Zod 4 probes `new Function("")` when it builds an object schema; under our
 * Content-Security-Policy (no 'unsafe-eval') the probe is caught but still reported as a CSP
 * violation. The server keeps zod as it is.
 */
import * as z from "zod/v4";

z.config({ jitless: true });

export * from "zod/v4";
export { z };
export default z;
