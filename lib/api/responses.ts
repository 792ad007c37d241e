// Response helpers for the /api/v1 route handlers: JSON with CORS (the data is public and
// read-only, so any site may fetch it), problems as JSON with a message, downloads with a filename.

import { forgetQueryLog } from "@/lib/db";
import { pageCount, pastLastPage, type PageRequest } from "@/lib/paging";

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
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": disposition("attachment", filename),
      ...CORS,
      ...headers,
    },
  });
}

/**
 * A body written as it is produced: each chunk the generator yields is sent before the next is
 * read, so a download of every record holds one batch in memory, not the whole file.
 */
export function streamed(chunks: AsyncGenerator<string>, headers: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let next: IteratorResult<string>;
      try {
        next = await chunks.next();
      } catch (err) {
        forgetQueryLog(); // a download that failed half-way ends here too
        throw err;
      }
      if (!next.done) return controller.enqueue(encoder.encode(next.value));
      controller.close();
      forgetQueryLog();
    },
    async cancel() {
      await chunks.return(undefined);
      forgetQueryLog();
    },
  });
  return new Response(body, { headers: { ...CORS, ...headers } });
}

/** Content-Disposition for a file name: ASCII-safe plus its UTF-8 form (RFC 6266). */
export function disposition(kind: "attachment" | "inline", filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]+/g, "-");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** A list page: the items, the total, and the link to the next page (null on the last). */
export function paginated<T>(url: URL, page: PageRequest, total: number, items: T[]): Response {
  const nextOffset = page.offset + page.limit;
  let next: string | null = null;
  if (nextOffset < total) {
    const u = new URL(url);
    u.searchParams.delete("page");
    u.searchParams.set("offset", String(nextOffset));
    u.searchParams.set("limit", String(page.limit));
    next = u.toString();
  }
  return json({ total, page: page.page, pages: pageCount(total, page.limit), limit: page.limit, offset: page.offset, next, items });
}

/** A page past the last one asked by page number: 400, saying how many pages there are. */
export function pastLastPageProblem(url: URL, page: PageRequest, total: number): Response | null {
  if (!url.searchParams.has("page")) return null;
  const message = pastLastPage(page, total);
  return message ? problem(400, message) : null;
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
