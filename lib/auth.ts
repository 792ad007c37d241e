import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { cache } from "react";
import { authDb } from "@/lib/db";
import { DISABLED_AUTH_PATHS } from "@/lib/auth-paths";
import { getAuthEnv } from "@/lib/env";
import { isRole, type Role } from "@/lib/permissions";
import { clearSignInAttempts, consumeSignInAttempt } from "@/lib/sign-in-limit";

// Set by scripts/server.mjs from the connection (or a proxy named in TRUSTED_PROXY), never by the
// client: see scripts/forwarded.mjs. Under `next dev` it is absent and better-auth uses 127.0.0.1.
const CLIENT_ADDRESS_HEADER = "x-heritage-client-address";

const emailOf = (body: unknown) => (typeof (body as { email?: unknown })?.email === "string" ? (body as { email: string }).email : null);

// Built on first use, not at import: the secret check must not run while `next build` merely
// imports route modules.
function createAuth() {
  const { secret, url, trustedOrigins } = getAuthEnv();
  return betterAuth({
    secret,
    baseURL: url,
    trustedOrigins,
    database: prismaAdapter(authDb(), { provider: "postgresql" }),
    // Accounts are created by the seed (demo) or `npm run user:create`, never by visitors.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "editor", input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Stored in the database so the limit holds across restarts. Five sign-in attempts a minute
    // per address (the address scripts/server.mjs settled, not one the client claims), and ten
    // per ten minutes per account (lib/sign-in-limit.ts, in the hooks below).
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 5 } },
    },
    // Only sign-in, sign-out and the session are served. Everything else better-auth offers would
    // change accounts outside lib/actions/authorized-action.ts (a self-service rename would rewrite
    // who the history says made an edit): roles and accounts are managed by admins and user:create.
    disabledPaths: DISABLED_AUTH_PATHS,
    advanced: { useSecureCookies: url.startsWith("https://"), ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = emailOf(ctx.body);
        if (email && !(await consumeSignInAttempt(email))) {
          throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts for this account. Try again in ten minutes." });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email" || !ctx.context.newSession) return;
        const email = emailOf(ctx.body);
        if (email) await clearSignInAttempts(email);
      }),
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: Auth };

export function getAuth(): Auth {
  if (!globalForAuth.auth) globalForAuth.auth = createAuth();
  return globalForAuth.auth;
}

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in user of this request, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, email, name } = session.user;
  const role = (session.user as { role?: unknown }).role;
  // An unknown role (a hand-edited row) gets no rights rather than a default.
  if (!isRole(role)) return null;
  return { id, email, name, role };
});
