import "server-only";
import { latestUpdate, renderAtom } from "@/lib/atom";
import { requestUrl } from "@/lib/api/responses";
import { listFeedEntries, type FeedScope } from "@/lib/queries/feed";

/** One Atom feed as a response: parse → data layer → serializer → Response, like the exports. */
export async function atomResponse(request: Request, scope: FeedScope, meta: { title: string; subtitle: string; page: string }): Promise<Response> {
  const url = requestUrl(request);
  const entries = await listFeedEntries(scope, url.origin);
  const self = `${url.origin}${url.pathname}`;
  const body = renderAtom({
    id: self,
    title: meta.title,
    subtitle: meta.subtitle,
    // With no entry, the feed is as old as the dataset's start rather than "now", so it does not
    // look changed on every fetch.
    updated: latestUpdate(entries, "2015-01-01T00:00:00.000Z"),
    self,
    alternate: `${url.origin}${meta.page}`,
    author: "Heritage Watch",
    entries,
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Access-Control-Allow-Origin": "*" } });
}
