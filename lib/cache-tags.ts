// What the public pages cache, and how an edit refreshes them. Editing code (server actions,
// admin route handlers) calls `revalidatePublicPages()` after any write that a reader can see;
// lib/actions/authorized-action.ts does it for every action.
//
// - /monuments/[slug], /sources/[id] and /sites/[slug] are rendered on their first request, never at
//   build (generateStaticParams returns no record: the build does not grow with the dataset), and
//   kept for REVALIDATE_SECONDS at most.
// - /monuments/[slug]?asOf=YYYY-MM-DD is rewritten (proxy.ts) to the internal segment
//   /monuments/[slug]/as-of/[date], rendered on first request and cached the same way.
// - /, /sites are static with the same revalidation window (/ is the default site's overview:
//   DEFAULT_SITE, else the first site). /monuments and /sources are paged by their query string
//   and render per request (one page read in SQL).
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
  "/monuments/[slug]",
  "/monuments/[slug]/as-of/[date]",
  "/sources/[id]",
  "/sites",
  "/sites/[slug]",
] as const;

/** The running server's response cache (scripts/page-cache.mjs exports the same key). Absent under `next dev`. */
const PAGE_CACHE_KEY = Symbol.for("heritage-watch.page-cache");

/** The channel every server LISTENs on (scripts/isr-cache.mjs exports the same name). */
const DATASET_CHANNEL = "heritage_dataset";

export async function revalidatePublicPages(): Promise<void> {
  const { revalidatePath } = await import("next/cache");
  // The root layout covers every page below it, including every as-of variant.
  revalidatePath("/", "layout");
  (globalThis as { [PAGE_CACHE_KEY]?: { invalidate(): void } })[PAGE_CACHE_KEY]?.invalidate();
  // Every other server on this database reads the dataset stamp again on its next request
  // (scripts/isr-cache.mjs), instead of within the second its poll allows. Called after the write
  // committed. Best effort: without it, the poll still brings the edit within about a second.
  const { editorDb } = await import("@/lib/db");
  await editorDb()
    .$executeRawUnsafe(`NOTIFY ${DATASET_CHANNEL}`)
    .catch((err: Error) => console.error("could not notify the other servers of an edit:", err.message));
}
