// Shared by lib/auth.ts and the e2e security sweep, which checks that none of these is served.
/** better-auth 1.7's endpoints other than sign-in/email, sign-out, get-session, ok and error. */
export const DISABLED_AUTH_PATHS = [
  "/account-info", "/callback/:id", "/change-email", "/change-password", "/delete-user", "/delete-user/callback",
  "/get-access-token", "/link-social", "/list-accounts", "/list-sessions", "/refresh-token", "/request-password-reset",
  "/reset-password", "/reset-password/:token", "/revoke-other-sessions", "/revoke-session", "/revoke-sessions",
  "/send-verification-email", "/sign-in/social", "/sign-up/email", "/unlink-account", "/update-session", "/update-user",
  "/verify-email", "/verify-password",
];
