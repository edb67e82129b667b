import "server-only";
import { db } from "../db";
import { hasCoordinator } from "./create";

/** The first-run page is open only while no coordinator exists. */
export async function firstRunOpen(): Promise<boolean> {
  return !(await hasCoordinator(db()));
}
