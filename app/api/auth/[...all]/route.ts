import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth";

// better-auth's endpoints (sign-in, sign-out, session). Sign-up is disabled in lib/auth.ts.
// The handler is built per request from the lazily created instance, so `next build` never
// needs the secret.
export const GET = async (request: Request) => withoutSessionToken(await toNextJsHandler(getAuth()).GET(request));
export const POST = async (request: Request) => withoutSessionToken(await toNextJsHandler(getAuth()).POST(request));

/**
 * The session cookie is HttpOnly so that a script on the page cannot read the token; better-auth
 * also puts the token in the JSON of get-session (`session.token`) and sign-in (`token`), where any
 * script can. Nothing in the app reads it there: it is taken out, the cookie is left as it is.
 */
async function withoutSessionToken(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const body: unknown = await response.clone().json().catch(() => undefined);
  if (!body || typeof body !== "object") return response;
  const b = body as { token?: unknown; session?: { token?: unknown } | null };
  if (b.token === undefined && b.session?.token === undefined) return response;
  delete b.token;
  if (b.session) delete b.session.token;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(b), { status: response.status, statusText: response.statusText, headers });
}
