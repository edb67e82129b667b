/** SqlRunner implementations over a PGlite instance and a node-postgres client. */
import type { PGlite } from "@electric-sql/pglite";
import type { ClientBase } from "pg";
import type { SqlRunner } from "./migrate";

export function pgliteRunner(pglite: PGlite): SqlRunner {
  return {
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pglite.query<T>(sql, params)).rows;
    },
  };
}

export function pgRunner(client: ClientBase): SqlRunner {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
  };
}
