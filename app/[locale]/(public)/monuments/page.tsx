import type { Metadata } from "next";
import Link from "next/link";
import { MonumentList } from "@/components/monument-list";
import { PageMeta } from "@/components/page-meta";
import { monumentDownloads } from "@/lib/downloads";
import { t } from "@/lib/messages";
import { getLastUpdated } from "@/lib/queries/freshness";
import { listMonuments } from "@/lib/queries/monuments";
import { listSites } from "@/lib/queries/sites";
import { RenderedOnRequest } from "@/components/rendered-on-request";
import { isBuildTime } from "@/lib/env";

export const metadata: Metadata = { title: "Monuments" };

// Static, refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

export default async function MonumentsPage() {
  if (isBuildTime()) return <RenderedOnRequest />;
  const [monuments, sites, updated] = await Promise.all([listMonuments(), listSites(), getLastUpdated({ kind: "all" })]);
  const bySite = sites.map((site) => ({ site, monuments: monuments.filter((m) => m.siteId === site.id) })).filter((g) => g.monuments.length);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Monuments</h1>
      <p className="text-stone-700">
        {bySite.length === 1
          ? t("monuments.countOneSite", { count: monuments.length, site: bySite[0]!.site.name })
          : t("monuments.countSites", { count: monuments.length, sites: bySite.length })}
      </p>
      {bySite.length === 1 ? (
        <MonumentList monuments={monuments} />
      ) : (
        bySite.map(({ site, monuments: own }) => (
          <section key={site.slug} aria-labelledby={`site-${site.slug}`} className="space-y-2">
            <h2 id={`site-${site.slug}`} className="text-xl font-semibold">
              <Link href={`/sites/${site.slug}`} className="text-blue-800 underline">{site.name}</Link>, {site.country}
            </h2>
            <MonumentList monuments={own} />
          </section>
        ))
      )}
      <PageMeta updated={updated} downloads={monumentDownloads()} permalink="/monuments" />
    </div>
  );
}
