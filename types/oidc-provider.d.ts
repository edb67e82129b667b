// oidc-provider ships no types; the e2e issuer (tests/e2e/oidc-issuer.ts) uses this much of it.
declare module "oidc-provider" {
  import type { Server } from "node:http";
  interface Account {
    accountId: string;
    claims(): Promise<Record<string, unknown>>;
  }
  export default class Provider {
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & { findAccount?: (ctx: unknown, id: string) => Promise<Account> },
    );
    listen(port: number, host: string, callback: () => void): Server;
  }
}
