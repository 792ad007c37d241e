import { CONFIDENCES, DAMAGE_EXTENTS, DAMAGE_METHODS } from "@/lib/domain";
import type { EventFilters } from "@/lib/event-filters";
import { DISAGREEMENT_KINDS } from "@/lib/disagreements";
import { CONFIDENCE_LABELS, DISAGREEMENT_LABELS, EXTENT_LABELS, METHOD_LABELS } from "@/lib/labels";

type Option = { value: string; label: string };
/** `monuments` null: too many for a list, the monument is typed (its slug, as in its page's address). */
type Props = { filters: EventFilters; monuments: { slug: string; name: string }[] | null; actors: { slug: string; name: string }[] };

const SORTS: Option[] = [
  { value: "date", label: "Date, oldest first" },
  { value: "date-desc", label: "Date, newest first" },
  { value: "monument", label: "Monument" },
  { value: "extent", label: "Extent, worst first" },
  { value: "confidence", label: "Confidence, strongest first" },
];

function Select({ name, label, value, options, any = "Any" }: { name: string; label: string; value?: string; options: Option[]; any?: string | null }) {
  return (
    // label/htmlFor, not a wrapping label: wrapped, the options' text would join the select's name.
    <div className="flex flex-col text-sm">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="rounded border border-stone-400 bg-white px-2 py-1">
        {any !== null ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** The /events filters as a GET form: the URL holds the filters, and it works without JavaScript. */
export function EventFilterForm({ filters, monuments, actors, grouped = false }: Props & { grouped?: boolean }) {
  return (
    <form method="get" action="/events" className="no-print grid grid-cols-2 gap-3 rounded border border-stone-300 bg-white p-3 sm:grid-cols-4" aria-label="Filter events">
      {grouped ? <input type="hidden" name="group" value="quote" /> : null}
      {monuments ? (
        <Select name="monument" label="Monument" value={filters.monument} options={monuments.map((m) => ({ value: m.slug, label: m.name }))} />
      ) : (
        <div className="flex flex-col text-sm">
          <label htmlFor="filter-monument">Monument (as in its address, e.g. temple-of-bel)</label>
          <input id="filter-monument" name="monument" defaultValue={filters.monument} className="rounded border border-stone-400 px-2 py-1" />
        </div>
      )}
      <Select name="method" label="Method" value={filters.method} options={DAMAGE_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))} />
      <Select name="actor" label="Attributed to" value={filters.actor} options={[...actors.map((a) => ({ value: a.slug, label: a.name })), { value: "none", label: "Not attributed" }]} />
      <Select name="extent" label="Extent" value={filters.extent} options={DAMAGE_EXTENTS.map((e) => ({ value: e, label: EXTENT_LABELS[e] }))} />
      <Select name="confidence" label="Confidence" value={filters.confidence} options={CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))} />
      <Select
        name="disagreement"
        label="Sources disagree"
        value={filters.disagreement}
        options={[{ value: "any", label: "on anything" }, ...DISAGREEMENT_KINDS.map((k) => ({ value: k, label: `on ${DISAGREEMENT_LABELS[k]}` }))]}
      />
      <label className="flex flex-col text-sm">
        <span>Could have happened from</span>
        <input type="date" name="from" defaultValue={filters.from} className="rounded border border-stone-400 px-2 py-1" />
      </label>
      <label className="flex flex-col text-sm">
        <span>until</span>
        <input type="date" name="to" defaultValue={filters.to} className="rounded border border-stone-400 px-2 py-1" />
      </label>
      <Select name="sort" label="Sort by" value={filters.sort} options={SORTS} any={null} />
      <div className="col-span-2 flex items-center gap-3 sm:col-span-4">
        <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 text-sm font-medium text-white">Apply filters</button>
        <a href="/events" className="text-sm underline">Clear</a>
      </div>
    </form>
  );
}
