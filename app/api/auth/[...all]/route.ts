import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth";

// better-auth's endpoints (sign-in, sign-out, session). Sign-up is disabled in lib/auth.ts.
// The handler is built per request from the lazily created instance, so `next build` never
// needs the secret.
export const GET = (request: Request) => toNextJsHandler(getAuth()).GET(request);
export const POST = (request: Request) => toNextJsHandler(getAuth()).POST(request);
