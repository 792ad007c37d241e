/**
 * "As of" date control: a plain GET form, so it works without JavaScript and the result is a
 * shareable link (/monuments/<slug>?asOf=YYYY-MM-DD, served from a cached segment, see next.config.ts).
 */
export function AsOfForm({ slug, asOf }: { slug: string; asOf?: string }) {
  return (
    <form method="get" action={`/monuments/${slug}`} className="no-print flex flex-wrap items-end gap-2 text-sm" aria-label="Status as of a date">
      <label className="flex flex-col">
        <span>Show the status as it was known on</span>
        <input type="date" name="asOf" defaultValue={asOf} min="1900-01-01" max="2100-12-31" className="rounded border border-stone-400 px-2 py-1" />
      </label>
      <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 font-medium text-white">Show</button>
      {asOf ? <a href={`/monuments/${slug}`} className="underline">back to today</a> : null}
    </form>
  );
}
