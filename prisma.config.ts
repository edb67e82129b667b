import path from "node:path";
import { defineConfig } from "prisma/config";

// The schema's url only has to exist and parse; the adapter below decides the database.
if (!process.env.DATABASE_URL) process.env.DATABASE_URL = "postgresql://pglite/local";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const { dbTarget } = await import("./lib/db/target");
    const target = dbTarget();
    if (target.kind === "postgres") {
      // Used for `prisma migrate status` only; migrations are applied by lib/db/migrate.ts.
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: target.url });
    }
    const { pgliteCliAdapter } = await import("./lib/db/cli-adapter");
    return pgliteCliAdapter(target.dir);
  },
});
