import { NextResponse, type NextRequest } from "next/server";
import { asOfDestination, asOfRange } from "./lib/as-of-route";
import { COVERAGE_START } from "./lib/coverage";
import { DEFAULT_LOCALE, splitLocale } from "./lib/locales";

// Every public page lives under app/[locale]. English keeps its unprefixed URLs: they are rewritten to
// /en internally (the proxy sees that rewritten request again, so /en/... must pass, not redirect).
// /ar/... is served as is. Any other first segment is an English path no page answers: a 404.
//
// The overview or a monument page asked "as of" a day is served from that day's cached segment
// (lib/as-of-route.ts), in either language: routing by a checked date keeps the set of cached readings bounded.
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const { locale, rest } = splitLocale(pathname);
  const lang = locale ?? DEFAULT_LOCALE;
  const asOf = asOfDestination(rest, searchParams, asOfRange(COVERAGE_START));
  const url = request.nextUrl.clone();
  url.pathname = `/${lang}${asOf ?? (rest === "/" ? "" : rest)}`;
  if (asOf) url.search = "";
  if (locale && !asOf) return NextResponse.next();
  return NextResponse.rewrite(url);
}

// Not the API, Next's own files, the admin and sign-in screens, nor files (feeds, favicon, which have a dot).
export const config = { matcher: ["/((?!api/|_next/|admin|sign-in|.*\\..*).*)"] };
