/**
 * Driver adapters for the Prisma CLI only (prisma.config.ts): `prisma generate`,
 * `prisma migrate diff` (new migrations) and `prisma migrate status`. The app applies
 * migrations with lib/db/migrate.ts and never runs the CLI at run time.
 *
 * PGlite: the stock adapter sends parameterless scripts through the extended protocol,
 * which rejects multi-statement SQL, and never closes the database; see STACK.md (2, 4).
 */
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

function scriptFriendly(adapter: SqlDriverAdapter, pglite: PGlite, onDispose?: () => Promise<void>) {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeScript") {
        return async (script: string) => {
          await pglite.exec(script);
        };
      }
      if (prop === "executeRaw") {
        return async (query: SqlQuery) => {
          if (query.args.length === 0) {
            const results = await pglite.exec(query.sql);
            return results.at(-1)?.affectedRows ?? 0;
          }
          return target.executeRaw(query);
        };
      }
      if (prop === "dispose") {
        return async () => {
          await onDispose?.();
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

export function pgliteCliAdapter(dir: string): SqlMigrationAwareDriverAdapterFactory {
  const pglite = new PGlite(dir);
  // The CLI never disposes its adapter; an unclosed PGlite can abort on the next open.
  process.once("beforeExit", () => {
    void pglite.close();
  });
  const factory = new PrismaPGlite(pglite);
  return {
    provider: "postgres",
    adapterName: factory.adapterName,
    async connect() {
      return scriptFriendly(await factory.connect(), pglite);
    },
    async connectToShadowDb() {
      const shadow = new PGlite();
      const adapter = await new PrismaPGlite(shadow).connect();
      return scriptFriendly(adapter, shadow, () => shadow.close());
    },
  };
}
