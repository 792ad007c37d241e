import type { Metadata } from "next";
import { EventFilterForm } from "@/components/event-filter-form";
import { EventItem } from "@/components/event-item";
import { PageMeta } from "@/components/page-meta";
import { eventDownloads } from "@/lib/downloads";
import { getLastUpdated } from "@/lib/queries/freshness";
import { ExportMenu } from "@/components/export/export-menu";
import { applyEventFilters, citationQueryOf, parseEventFilters, type SearchParams } from "@/lib/event-filters";
import { listEventFilterOptions, listEvents } from "@/lib/queries/events";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters, errors } = parseEventFilters(await searchParams);
  const [events, options, updated] = await Promise.all([listEvents(), listEventFilterOptions(), getLastUpdated({ kind: "all" })]);
  const query = citationQueryOf(filters).replace(/^list=events&?/, "");
  const shown = applyEventFilters(events, filters);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">Events</h1>
      <p className="max-w-prose text-stone-700">
        Every published claim of damage, each with its date interval and its quoted sources. A date range keeps every
        event that could have happened in it.
      </p>
      <EventFilterForm filters={filters} monuments={options.monuments} actors={options.actors} />
      {errors.length ? (
        <ul role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      ) : null}
      <p aria-live="polite" data-testid="event-count">
        {shown.length} of {events.length} event{events.length === 1 ? "" : "s"}
      </p>
      {shown.length ? (
        <ExportMenu query={citationQueryOf(filters)} title="Cite the sources of these events" />
      ) : null}
      {shown.length ? (
        <ol className="space-y-4" data-testid="event-list">
          {shown.map((e) => (
            <EventItem key={e.id} event={e} />
          ))}
        </ol>
      ) : (
        <p>No event matches these filters.</p>
      )}
      <PageMeta updated={updated} downloads={eventDownloads(query)} permalink={`/events${query || filters.sort !== "date" ? `?${[query, filters.sort !== "date" ? `sort=${filters.sort}` : ""].filter(Boolean).join("&")}` : ""}`} />
    </div>
  );
}
