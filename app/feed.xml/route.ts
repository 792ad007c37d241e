import { atomResponse } from "@/lib/feeds/respond";

// GET /feed.xml — every published change, newest first (Atom).
export async function GET(request: Request) {
  return atomResponse(request, { kind: "all" }, { title: "Heritage Watch: published changes", subtitle: "New and changed monuments, damage reports and sources, as published.", page: "/" });
}
