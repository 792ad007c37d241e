import { NextResponse, type NextRequest } from "next/server";
import { asOfDestination, asOfRange } from "./lib/as-of-route";
import { COVERAGE_START } from "./lib/coverage";
import { DEFAULT_LOCALE, splitLocale } from "./lib/locales";
import { LOCALE_REWRITE_HEADER as REWRITTEN } from "./scripts/locale-rewrite.mjs";

// Every public page lives under app/[locale]. English keeps its unprefixed URLs: they are rewritten to
// /en internally. An /en/... address typed or linked from outside is redirected (308) to its one
// public URL, so each English page has one address. The rewrite stays inside the server (scripts/server.mjs
// gives Next the host name this function's URLs carry); it marks its request (REWRITTEN) all the same, so
// that a rewrite sent through the server again (a server named otherwise) is let pass here, not redirected
// back to where it came from (scripts/locale-rewrite.mjs).
// /ar/... is served as is. Any other first segment
// is an English path no page answers: a 404.
//
// The overview or a monument page asked "as of" a day is served from that day's cached segment
// (lib/as-of-route.ts), in either language: routing by a checked date keeps the set of cached readings bounded.
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const { locale, rest } = splitLocale(pathname);
  // Only a page a browser asks for (Accept: text/html) is redirected: the client router's requests
  // pass, since Next itself sends one to the internal /en/... address when it adds `_rsc` to it, and
  // the proxy does not see their `rsc` header or `_rsc` parameter to tell them apart.
  const page = request.headers.get("accept")?.includes("text/html") ?? false;
  if (locale === DEFAULT_LOCALE && page && !request.headers.has(REWRITTEN)) {
    const canonical = request.nextUrl.clone();
    canonical.pathname = rest;
    return NextResponse.redirect(canonical, 308);
  }
  const lang = locale ?? DEFAULT_LOCALE;
  const asOf = asOfDestination(rest, searchParams, asOfRange(COVERAGE_START));
  const url = request.nextUrl.clone();
  url.pathname = `/${lang}${asOf ?? (rest === "/" ? "" : rest)}`;
  if (asOf) url.search = "";
  if (locale && !asOf) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(REWRITTEN, "1");
  return NextResponse.rewrite(url, { request: { headers } });
}


// Not the API, Next's own files, the admin and sign-in screens, nor files (feeds, favicon, which have a dot).
export const config = { matcher: ["/((?!api/|_next/|admin|sign-in|.*\\..*).*)"] };
