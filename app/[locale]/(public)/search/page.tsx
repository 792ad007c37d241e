import type { Metadata } from "next";
import Link from "@/components/locale-link";
import { EventItem } from "@/components/event-item";
import { MonumentList } from "@/components/monument-list";
import { PageMeta } from "@/components/page-meta";
import { getLastUpdated } from "@/lib/queries/freshness";
import { SearchBox } from "@/components/search-box";
import type { SearchParams } from "@/lib/event-filters";
import { search } from "@/lib/queries/search";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "")).trim().slice(0, 200);
  const [results, updated] = await Promise.all([q ? search(q) : null, getLastUpdated({ kind: "all" })]);
  const total = results ? results.monuments.length + results.events.length + results.sources.length : 0;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Search</h1>
      <SearchBox defaultValue={q} id="search-page-q" />
      <p className="text-sm text-stone-700">
        Monuments are found by any of their names, in any language or spelling (“Tadmur”, “معبد بل”, “amphitheatre”);
        events and sources by their words.
      </p>
      {!results ? null : total === 0 ? (
        <p data-testid="search-empty">Nothing matches “{q}”.</p>
      ) : (
        <>
          <section aria-labelledby="r-monuments" data-testid="search-monuments">
            <h2 id="r-monuments" className="text-xl font-semibold">Monuments ({results.monuments.length})</h2>
            {results.monuments.length ? <div className="mt-2"><MonumentList monuments={results.monuments} flat /></div> : <p>None.</p>}
          </section>
          <section aria-labelledby="r-events" data-testid="search-events">
            <h2 id="r-events" className="text-xl font-semibold">Events ({results.events.length})</h2>
            {results.events.length ? (
              <ol className="mt-2 space-y-4">
                {results.events.map((e) => <EventItem key={e.id} event={e} />)}
              </ol>
            ) : <p>None.</p>}
          </section>
          <section aria-labelledby="r-sources" data-testid="search-sources">
            <h2 id="r-sources" className="text-xl font-semibold">Sources ({results.sources.length})</h2>
            {results.sources.length ? (
              <ul className="mt-2 space-y-1">
                {results.sources.map((s) => (
                  <li key={s.id}>
                    <Link href={`/sources/${s.slug}`} className="text-blue-800 underline">{s.title}</Link>{" "}
                    <span className="text-sm text-stone-600">— {s.publisher}</span>
                  </li>
                ))}
              </ul>
            ) : <p>None.</p>}
          </section>
        </>
      )}
      <PageMeta updated={updated} downloads={[]} permalink={q ? `/search?q=${encodeURIComponent(q)}` : "/search"} />
    </div>
  );
}
