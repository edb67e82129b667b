/**
 * A real OpenID Connect provider for the SSO journey (oidc-provider, the certified Node.js
 * implementation), listening on 127.0.0.1: no network. Its development login page accepts any
 * login (the email, here) with any password; the account's claims are that email, verified.
 */
import type { Server } from "node:http";
import Provider from "oidc-provider";

export const OIDC = {
  port: Number(process.env.E2E_OIDC_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000),
  clientId: "duomentor-e2e",
  clientSecret: "e2e-only-oidc-client-secret-4b1f9d2c7a",
};
export const oidcIssuer = () => `http://127.0.0.1:${OIDC.port}`;

export async function startIssuer(appOrigin: string): Promise<() => Promise<void>> {
  const provider = new Provider(oidcIssuer(), {
    clients: [
      {
        client_id: OIDC.clientId,
        client_secret: OIDC.clientSecret,
        redirect_uris: [`${appOrigin}/api/auth/callback/university`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // next-auth reads the person from the ID token (idToken: true), so the claims go in it.
    conformIdTokenClaims: false,
    cookies: { keys: ["e2e-only-cookie-key-9c2f"] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: `sub-${id}`, email: id, email_verified: true, name: `SSO ${id}` };
        },
      };
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(OIDC.port, "127.0.0.1", () => resolve(s));
  });
  return () => new Promise((resolve) => server.close(() => resolve()));
}
