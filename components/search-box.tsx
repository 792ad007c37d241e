/** The header's search box: a GET form to /search, so it works without JavaScript. */
export function SearchBox({ defaultValue = "", id = "site-search" }: { defaultValue?: string; id?: string }) {
  return (
    <form role="search" method="get" action="/search" className="flex gap-1">
      <label htmlFor={id} className="sr-only">Search monuments, events and sources</label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Search: Tadmur, معبد بل, arch…"
        className="w-28 min-w-0 rounded border border-stone-400 px-2 py-1 text-sm sm:w-56"
      />
      <button type="submit" className="rounded bg-stone-800 px-2 py-1 text-sm font-medium text-white">Search</button>
    </form>
  );
}
