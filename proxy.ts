import { NextResponse, type NextRequest } from "next/server";
import { asOfDestination, asOfRange } from "./lib/as-of-route";
import { COVERAGE_START } from "./lib/coverage";

// The overview or a monument page asked "as of" a day is served from that day's cached segment (lib/as-of-route.ts):
// routing by a checked date keeps the set of cached readings bounded.
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const destination = asOfDestination(pathname, searchParams, asOfRange(COVERAGE_START));
  if (!destination) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = destination;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/", "/monuments/:slug"] };
