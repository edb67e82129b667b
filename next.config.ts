import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl without locale routing: the request's language comes from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
import { BODY_LIMIT_BYTES, STATIC_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite loads its .wasm and data files relative to its own module: never bundle it.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pdfkit"],
  poweredByHeader: false,
  // In the browser, zod without its eval probe (a CSP violation under our policy): lib/zod-browser.ts.
  turbopack: { resolveAlias: { zod: { browser: "./lib/zod-browser.ts" } } },
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: {
    authInterrupts: true,
    // proxy.ts reads action bodies to answer 413/400 (issue 16); a little above the limit, so it can tell.
    proxyClientMaxBodySize: BODY_LIMIT_BYTES + 64 * 1024,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        // Also on static files; proxy.ts adds the CSP (with its nonce) and HSTS to every other response.
        headers: STATIC_HEADERS.map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
