/**
 * Runs once per `vitest run`, in the main process: migrates ONE template database, which
 * every integration test file then copies (tests/helpers/test-db.ts).
 *  - TEST_DATABASE_URL=postgres://…/postgres (a server's maintenance database): a template
 *    database duomentor_tmpl_<pid> on that server, dropped again in teardown.
 *  - otherwise: an in-memory PGlite, dumped to a tar file in a temp directory.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../lib/db/migrate";
import { pgRunner, pgliteRunner } from "../lib/db/runners";

export type TestDbSource =
  | { kind: "pglite"; dumpFile: string }
  | { kind: "postgres"; maintenanceUrl: string; template: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDb: TestDbSource;
  }
}

export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const maintenanceUrl = process.env.TEST_DATABASE_URL?.trim();

  if (maintenanceUrl) {
    if (!/^postgres(ql)?:\/\//.test(maintenanceUrl)) {
      throw new Error(`TEST_DATABASE_URL must be a postgres:// URL, got ${maintenanceUrl}`);
    }
    const template = `duomentor_tmpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: maintenanceUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${template}"`);
    } finally {
      await admin.end();
    }
    const client = new pg.Client({ connectionString: urlForDatabase(maintenanceUrl, template) });
    await client.connect();
    try {
      await migrate(pgRunner(client));
    } finally {
      await client.end(); // a template must have no open connection while it is copied
    }
    project.provide("testDb", { kind: "postgres", maintenanceUrl, template });
    log(`PostgreSQL template ${template} migrated in ${ms(started)} ms`);

    return async () => {
      const c = new pg.Client({ connectionString: maintenanceUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    };
  }

  const pglite = new PGlite();
  let blob: Blob;
  try {
    await migrate(pgliteRunner(pglite));
    blob = await pglite.dumpDataDir("none");
  } finally {
    await pglite.close();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duomentor-test-"));
  const dumpFile = path.join(dir, "template.tar");
  fs.writeFileSync(dumpFile, Buffer.from(await blob.arrayBuffer()));
  project.provide("testDb", { kind: "pglite", dumpFile });
  log(`PGlite template migrated and dumped in ${ms(started)} ms`);

  return () => {
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

function ms(since: number) {
  return Math.round(performance.now() - since);
}

function log(line: string) {
  console.log(`[global-setup] ${line}`);
}
