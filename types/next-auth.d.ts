import "next-auth";

declare module "next-auth" {
  /** The session names only who is signed in (and which sign-in); roles come from memberships. */
  interface Session {
    user: { id: string };
    /** AuthSession.id: marks "this device" on the sessions page (not a credential) */
    sessionId: string;
  }
}
