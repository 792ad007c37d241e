// Where the Atom feeds live (app/feed.xml, app/sites/[slug]/feed.xml, app/(public)/monuments/[slug]/feed.xml).
/** The feed paths: for <link rel="alternate"> and the pages' "Follow changes" links. */
export const FEED_PATHS = {
  all: "/feed.xml",
  site: (slug: string) => `/sites/${slug}/feed.xml`,
  monument: (slug: string) => `/monuments/${slug}/feed.xml`,
};
