import "server-only";
import { cache } from "react";
import { listFeedEntries, type FeedScope } from "./feed";

/**
 * When what a page shows last changed: the newest published change in its scope, the same time
 * its Atom feed and the JSON change feed give (null when nothing is published yet).
 */
export const getLastUpdated = cache(async (scope: FeedScope): Promise<string | null> => {
  const [newest] = await listFeedEntries(scope, "");
  return newest?.updated ?? null;
});
