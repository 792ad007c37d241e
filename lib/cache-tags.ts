// What the public pages cache, and how an edit refreshes them. Editing code (server actions,
// admin route handlers) calls `revalidatePublicPages()` after any write that a reader can see;
// lib/actions/authorized-action.ts does it for every action.
//
// - /monuments/[slug] is prerendered at build for every published monument (generateStaticParams)
//   and re-rendered on demand for new slugs; both are kept for REVALIDATE_SECONDS at most.
// - /monuments/[slug]?asOf=YYYY-MM-DD is rewritten (next.config.ts) to the internal segment
//   /monuments/[slug]/as-of/[date], rendered on first request and cached the same way.
// - /, /sources/[id] are static with the same revalidation window; /monuments and /sources are
//   paged by their query string and render per request (one page read in SQL).
// - /events and /search read the query string and render per request: nothing to refresh.
// - `npm start` serves through scripts/server.mjs, whose response cache (scripts/page-cache.mjs)
//   repeats Next's cached answers without entering Next; it is emptied here too.
//
// One dataset feeds every page (a monument's status changes the overview counts, a source's
// title appears on monument pages), so an edit revalidates the whole public tree rather than
// guessing which pages it touched.

/** Upper bound on staleness if an edit forgets to revalidate. Literal in each page: Next reads it statically. */
export const REVALIDATE_SECONDS = 3600;

/** The route patterns that are cached, for targeted revalidation with revalidatePath(path, "page"). */
export const CACHED_ROUTES = [
  "/",
  "/monuments",
  "/monuments/[slug]",
  "/monuments/[slug]/as-of/[date]",
  "/sources",
  "/sources/[id]",
] as const;

/** The running server's response cache (scripts/page-cache.mjs exports the same key). Absent under `next dev`. */
const PAGE_CACHE_KEY = Symbol.for("heritage-watch.page-cache");

export async function revalidatePublicPages(): Promise<void> {
  const { revalidatePath } = await import("next/cache");
  // The root layout covers every page below it, including every as-of variant.
  revalidatePath("/", "layout");
  (globalThis as { [PAGE_CACHE_KEY]?: { invalidate(): void } })[PAGE_CACHE_KEY]?.invalidate();
}
