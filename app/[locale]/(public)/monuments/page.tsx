import type { Metadata } from "next";
import { MonumentList } from "@/components/monument-list";
import { PageMeta } from "@/components/page-meta";
import { monumentDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { listMonuments } from "@/lib/queries/monuments";

export const metadata: Metadata = { title: "Monuments" };

// Static, refreshed on edit (lib/cache-tags.ts).
export const revalidate = 3600;

export default async function MonumentsPage() {
  const [monuments, updated] = await Promise.all([listMonuments(), getLastUpdated({ kind: "all" })]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Monuments</h1>
      <p className="text-stone-700">{monuments.length} monuments and components at Palmyra, with their derived status.</p>
      <MonumentList monuments={monuments} />
      <PageMeta updated={updated} downloads={monumentDownloads()} permalink="/monuments" />
    </div>
  );
}
