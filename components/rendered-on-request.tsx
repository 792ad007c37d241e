/** What a cached list page holds in the build: never served (lib/env.ts isBuildTime explains why). */
export function RenderedOnRequest() {
  return <p>This page is rendered from the database on its first request.</p>;
}
