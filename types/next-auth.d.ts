import "next-auth";

declare module "next-auth" {
  /** The session names only who is signed in; roles come from memberships on the server. */
  interface Session {
    user: { id: string };
  }
}
