/**
 * Capacities decided by the database: the seats of a meeting slot now, a session's seats and its
 * waitlist next. One recipe, in the caller's transaction:
 *
 *   1. lock the PARENT row (the slot, the session) with SELECT ... FOR UPDATE;
 *   2. count its current holders (seats taken, and people waiting);
 *   3. decide with a pure rule (lib/<area>/rules.ts, or `nextPlace` in lib/places.ts);
 *   4. write (insert the holder row, or nothing).
 *
 * Every writer of a holder row of that parent takes the same lock first, so the count cannot
 * change between the decision and the write; a trigger on the holder table that takes the same
 * lock is the second line for writers that bypass this file (docs/decisions/007). Take other
 * locks in one fixed order around it (booking: the mentee's Membership row, then slots by id).
 *
 * Why the count is a second statement, never a sub-select of the locking one: under READ
 * COMMITTED a statement reads from the snapshot taken when it started. A statement that waited
 * for the lock would count from BEFORE the wait and miss the seat the previous holder just took.
 * The counting statement starts after the lock is ours, so it sees every committed holder.
 *
 * No server-only imports: the actions, the jobs and bench/ use it. docs/adding-an-area.md
 * ("Capacities") shows the sessions' RSVPs with a waitlist on it.
 */
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "./client";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Where a capacity lives. Names and conditions are written in code, never taken from input. */
export interface CapacitySpec {
  /** the table holding the capacity (its `capacity` column; NULL = unlimited) */
  parent: string;
  /** the parent's columns to read under the lock (an SQL select list, e.g. `id, capacity, "startsAt"`) */
  columns: string;
  /** the table of the rows that take a place (bookings, RSVPs) */
  holders: string;
  /** the holder column that points at the parent */
  key: string;
  /** SQL condition on a holder row (alias h): it holds a seat */
  seat: string;
  /** SQL condition on a holder row (alias h): it waits on the waitlist (omit: no waitlist) */
  waiting?: string;
  /** the holder column that orders arrivals: first come, first served */
  arrival: string;
}

/** A capacity ready to use; `Row` is the type of the parent's columns. */
export interface Capacity<Row> {
  spec: Readonly<CapacitySpec>;
  sql: {
    columns: Prisma.Sql;
    parent: Prisma.Sql;
    holders: Prisma.Sql;
    key: Prisma.Sql;
    seat: Prisma.Sql;
    waiting: Prisma.Sql;
    arrival: Prisma.Sql;
  };
  /** phantom: the row type (never set) */
  readonly row?: Row;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ident = (name: string) => {
  if (!IDENTIFIER.test(name)) throw new Error(`capacity: not an identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
};

export function defineCapacity<Row extends { id: string; capacity: number | null }>(spec: CapacitySpec): Capacity<Row> {
  return {
    spec,
    sql: {
      columns: Prisma.raw(spec.columns),
      parent: ident(spec.parent),
      holders: ident(spec.holders),
      key: ident(spec.key),
      seat: Prisma.raw(`(${spec.seat})`),
      waiting: Prisma.raw(spec.waiting ? `(${spec.waiting})` : "false"),
      arrival: ident(spec.arrival),
    },
  };
}

/** The parent row read under its lock, and how many hold a seat or wait, counted after the lock. */
export interface Held<Row> {
  row: Row;
  taken: number;
  waiting: number;
}

/** Steps 1 and 2: lock the parent row FOR UPDATE, then count its holders. null: no such parent. */
export async function lockAndCount<Row>(tx: Tx, cap: Capacity<Row>, id: string): Promise<Held<Row> | null> {
  const { sql } = cap;
  const rows = await tx.$queryRaw<Row[]>`SELECT ${sql.columns} FROM ${sql.parent} WHERE id = ${id} FOR UPDATE`;
  if (!rows[0]) return null;
  // A second statement: its snapshot is taken now that the lock is ours (see the header).
  const counts = await tx.$queryRaw<{ taken: number; waiting: number }[]>`
    SELECT (count(*) FILTER (WHERE ${sql.seat}))::int AS taken,
           (count(*) FILTER (WHERE ${sql.waiting}))::int AS waiting
      FROM ${sql.holders} h WHERE h.${sql.key} = ${id}`;
  return { row: rows[0], taken: counts[0]?.taken ?? 0, waiting: counts[0]?.waiting ?? 0 };
}

/**
 * Locks several parents in id order (one statement: ORDER BY is applied before the row locks),
 * for a write that touches two of them (moving a booking from one slot to another). Two such
 * transactions never wait for each other in a cycle.
 */
export async function lockParents(tx: Tx, cap: Capacity<unknown>, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await tx.$queryRaw`
    SELECT id FROM ${cap.sql.parent} WHERE id IN (${Prisma.join(unique)}) ORDER BY id FOR UPDATE`;
}

/**
 * The whole recipe in one call: lock and count, read any further facts under the lock (the
 * mentee's own meetings), decide with a pure rule, write what it allows (`write` gets the
 * decision and writes nothing for a refusal). null: no such parent.
 */
export async function claim<Row, F, D, T>(
  tx: Tx,
  cap: Capacity<Row>,
  id: string,
  steps: {
    facts?: (held: Held<Row>) => Promise<F>;
    decide: (held: Held<Row>, facts: F) => D;
    write: (held: Held<Row>, decision: D) => Promise<T>;
  },
): Promise<T | null> {
  const held = await lockAndCount(tx, cap, id);
  if (!held) return null;
  const facts = (steps.facts ? await steps.facts(held) : undefined) as F;
  return steps.write(held, steps.decide(held, facts));
}

/** A parent's holders in arrival order, each with whether it holds a seat or waits. Under the lock. */
export async function arrivals(
  tx: Tx,
  cap: Capacity<unknown>,
  id: string,
): Promise<{ id: string; seat: boolean; waiting: boolean }[]> {
  const { sql } = cap;
  return tx.$queryRaw`
    SELECT h.id, ${sql.seat} AS seat, ${sql.waiting} AS waiting
      FROM ${sql.holders} h WHERE h.${sql.key} = ${id} AND (${sql.seat} OR ${sql.waiting})
     ORDER BY h.${sql.arrival}, h.id`;
}

// The pure part (where an arrival goes) lives in lib/places.ts, so rules files may use it.
export { nextPlace, placesInArrivalOrder, type Place } from "../places";
