// A real OpenID Connect provider on localhost for the sign-in tests (panva/oidc-provider, an
// OpenID-certified implementation). Its development login form accepts any user name; the user
// "alice" gets the e-mail alice@example.test.
//
//   node tests/oidc/provider.mjs PORT CLIENT_ID CLIENT_SECRET REDIRECT_URI
import Provider from "oidc-provider";

const [port, clientId, clientSecret, redirectUri] = process.argv.slice(2);
if (!redirectUri) {
  console.error("usage: node provider.mjs PORT CLIENT_ID CLIENT_SECRET REDIRECT_URI");
  process.exit(2);
}
const issuer = `http://localhost:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [new URL(redirectUri).origin + "/"],
      response_types: ["code"],
      grant_types: ["authorization_code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // the claims of the granted scopes in the ID token itself (Streamlit reads the ID token)
  conformIdTokenClaims: false,
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: `${id}@example.test`, email_verified: true, name: id };
      },
    };
  },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["arabic-news-test-only"] },
});
// plain http on localhost: the provider's cookies must not require TLS
provider.proxy = false;
provider.listen(Number(port), "127.0.0.1", () => {
  console.log(`oidc provider ready at ${issuer}`);
});
