import type { Metadata } from "next";
import { BasketView } from "@/components/export/basket-view";
import { PageMeta } from "@/components/page-meta";
import { getLastUpdated } from "@/lib/queries/freshness";

export const metadata: Metadata = { title: "Report basket" };

export default async function BasketPage() {
  const updated = await getLastUpdated({ kind: "all" });
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Report basket</h1>
      <p className="max-w-prose text-stone-700">
        The events and sources you ticked, kept in this browser (no account). Export the citations of all of them at once.
      </p>
      <BasketView />
      <PageMeta updated={updated} downloads={[]} permalink="/basket" />
    </div>
  );
}
