import "server-only";
import { db } from "@/lib/db";

// Sign-in attempts per account, next to better-auth's per-address limit (lib/auth.ts). With only
// the per-address limit, anyone with many addresses (a botnet, a cloud's address pool) could guess
// one account's password without end. The count is taken before the password is checked and
// cleared by a successful sign-in; while an account is over its limit even the right password is
// refused, so a guesser cannot tell when it found it. (The owner waits the window out, too: the
// price of not letting the guessing go on.)

export const ACCOUNT_WINDOW_SECONDS = 600;
export const ACCOUNT_MAX_ATTEMPTS = 10;

/** Counts one attempt for this account; false when it is over the limit. Atomic (one statement). */
export async function consumeSignInAttempt(email: string): Promise<boolean> {
  const key = email.trim().toLowerCase();
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "SignInLimit" (email, count, "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT (email) DO UPDATE SET
      count = CASE WHEN "SignInLimit"."windowStart" < now() - make_interval(secs => ${ACCOUNT_WINDOW_SECONDS}) THEN 1 ELSE "SignInLimit".count + 1 END,
      "windowStart" = CASE WHEN "SignInLimit"."windowStart" < now() - make_interval(secs => ${ACCOUNT_WINDOW_SECONDS}) THEN now() ELSE "SignInLimit"."windowStart" END
    RETURNING count`;
  return (rows[0]?.count ?? 1) <= ACCOUNT_MAX_ATTEMPTS;
}

export async function clearSignInAttempts(email: string): Promise<void> {
  await db().signInLimit.deleteMany({ where: { email: email.trim().toLowerCase() } });
}
