// Where the Atom feeds live (app/feed.xml, app/sites/[slug]/feed.xml, app/(public)/monuments/[slug]/feed.xml).
/** The feed paths: for <link rel="alternate"> and the pages' "Follow changes" links. */
export const FEED_PATHS = {
  all: "/feed.xml",
  site: (slug: string) => `/sites/${slug}/feed.xml`,
  monument: (slug: string) => `/monuments/${slug}/feed.xml`,
};

/**
 * A page's <link rel="alternate"> feeds, titled in the reader's language: the feed of what the page
 * shows (a monument, a site: `one`, named as the page names it) and the feed of every change.
 */
export function feedAlternates(t: (key: "feeds.all" | "feeds.of", vars?: { name: string }) => string, one?: { url: string; name: string }) {
  return {
    "application/atom+xml": [...(one ? [{ url: one.url, title: t("feeds.of", { name: one.name }) }] : []), { url: FEED_PATHS.all, title: t("feeds.all") }],
  };
}
