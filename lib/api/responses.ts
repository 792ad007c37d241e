// Response helpers for the /api/v1 route handlers: JSON with CORS (the data is public and
// read-only, so any site may fetch it), problems as JSON with a message, downloads with a filename.

const CORS = { "Access-Control-Allow-Origin": "*" };

export function json(data: unknown, init: { status?: number; headers?: Record<string, string>; contentType?: string } = {}): Response {
  return new Response(JSON.stringify(data, null, 2) + "\n", {
    status: init.status ?? 200,
    headers: { "Content-Type": init.contentType ?? "application/json; charset=utf-8", ...CORS, ...init.headers },
  });
}

/** A 4xx with a message a person can act on (RFC 9457 problem details). */
export function problem(status: number, detail: string): Response {
  const title = status === 404 ? "Not found" : "Bad request";
  return json({ title, status, detail }, { status, contentType: "application/problem+json; charset=utf-8" });
}

/** ASCII-safe file name plus its UTF-8 form (RFC 6266), for Content-Disposition. */
export function download(body: string, contentType: string, filename: string, headers: Record<string, string> = {}): Response {
  const ascii = filename.replace(/[^A-Za-z0-9._-]+/g, "-");
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      ...CORS,
      ...headers,
    },
  });
}

/** A list page: the items, the total, and the link to the next page (null on the last). */
export function paginated<T>(url: URL, page: { limit: number; offset: number }, total: number, items: T[]): Response {
  const nextOffset = page.offset + page.limit;
  let next: string | null = null;
  if (nextOffset < total) {
    const u = new URL(url);
    u.searchParams.set("offset", String(nextOffset));
    u.searchParams.set("limit", String(page.limit));
    next = u.toString();
  }
  return json({ total, limit: page.limit, offset: page.offset, next, items });
}

/**
 * The request's URL as the client addressed it, for the absolute links in API answers: behind a
 * proxy from X-Forwarded-Host/-Proto, else from Host. `request.url` in a route handler names the
 * address `next start` listens on (http://localhost:3000), which a client elsewhere cannot follow.
 */
export function requestUrl(request: Request): URL {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim() || null;
  const host = first("x-forwarded-host") ?? first("host");
  const forwarded = first("x-forwarded-proto");
  const proto = forwarded === "http" || forwarded === "https" ? forwarded : url.protocol.slice(0, -1);
  if (!host || !/^([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(:\d{1,5})?$/.test(host)) return url;
  return new URL(`${url.pathname}${url.search}`, `${proto}://${host}`);
}
