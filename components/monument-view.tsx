import Link from "@/components/locale-link";
import { formatInterval } from "@/lib/dates";
import { MONUMENT_TYPE_LABELS, NAME_KIND_LABELS, textDirection } from "@/lib/labels";
import type { MonumentDetail, MonumentSummary } from "@/lib/queries/monuments";
import { AsOfForm } from "./as-of-form";
import { CitationQuote } from "./citation-quote";
import { ConditionTimeline } from "./condition-timeline";
import { Disagreements } from "./disagreements";
import { EventItem } from "./event-item";
import { ExportMenu } from "./export/export-menu";
import { SiteMap } from "./map/site-map";
import { PageMeta } from "./page-meta";
import { oneMonumentDownloads } from "@/lib/downloads";
import { FEED_PATHS } from "@/lib/feeds/paths";
import { StatusPanel } from "./status-panel";
import { occurrenceOf } from "@/lib/independence";
import { mapReading } from "@/lib/map";
import { t } from "@/lib/messages";
import { stepText } from "@/lib/status-text";
import type { Clock } from "@/lib/time";

/** The monument page, shared by /monuments/[slug] and its cached "as of" variant. */
export function MonumentView({ monument, siteMonuments, updated, asOf, clock = "event", asOfError }: { monument: MonumentDetail; siteMonuments: MonumentSummary[]; updated: string | null; asOf?: string; clock?: Clock; asOfError?: string }) {
  const asOfQuery = asOf ? `asOf=${asOf}${clock === "event" ? "" : `&clock=${clock}`}` : "";
  // Accounts of one occurrence, so each can link to the others.
  const byId = new Map(monument.events.map((e) => [e.id, e]));
  const occurrence = new Map(monument.events.map((e) => [e.id, occurrenceOf(e.id, byId)]));
  const othersOf = (id: string) => monument.events.filter((e) => e.id !== id && occurrence.get(e.id) === occurrence.get(id));
  return (
    <article className="monument-page space-y-8">
      <header className="space-y-2">
        <nav aria-label={t("sites.breadcrumb")} className="text-sm text-stone-600" data-testid="breadcrumb">
          <Link href="/sites" className="underline">{t("sites.title")}</Link> ›{" "}
          <Link href={`/sites/${monument.site.slug}`} className="underline">{monument.site.name}</Link>
          {monument.parent ? (
            <>
              {" "}› part of <Link href={`/monuments/${monument.parent.slug}`} className="underline">{monument.parent.name}</Link>
            </>
          ) : null}
        </nav>
        <h1 className="font-serif text-3xl font-semibold">{monument.name}</h1>
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Names">
          {monument.names
            .filter((n) => n.value !== monument.name)
            .map((n) => (
              <li key={n.value} className="text-stone-700">
                <span lang={n.lang} dir={textDirection(n.lang)} className={n.lang === "ar" ? "text-lg" : ""}>
                  {n.value}
                </span>{" "}
                <span className="text-xs text-stone-600">({n.lang}, {NAME_KIND_LABELS[n.kind]})</span>
              </li>
            ))}
        </ul>
        <ExportMenu query={`monument=${encodeURIComponent(monument.slug)}`} title="Cite the sources on this page" />
      </header>

      {asOfError ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900">{asOfError}</p>
      ) : null}
      <AsOfForm path={`/monuments/${monument.slug}`} asOf={asOf} clock={clock} />
      {asOf ? (
        <p className="text-sm text-stone-700" data-testid="as-of-note">
          {clock === "reported"
            ? `Showing only what had been published by ${formatInterval({ earliest: asOf, latest: asOf, precision: "EXACT_DAY" })}: reports published later are left out, even about earlier events.`
            : `Showing its state on ${formatInterval({ earliest: asOf, latest: asOf, precision: "EXACT_DAY" })} by everything reported since: an event counts as certain from the last day of its date window; while that day lies inside the window, it is shown as possible.`}
        </p>
      ) : null}
      <StatusPanel monument={monument} asOf={asOf} clock={clock} />

      <section aria-labelledby="condition-heading" className="space-y-2">
        <h2 id="condition-heading" className="text-lg font-semibold">Condition over time</h2>
        <ConditionTimeline steps={monument.timeline} asOf={asOf} />
        {monument.reportedTimeline.length ? (
          <div className="text-sm">
            <h3 className="font-semibold">As it was reported</h3>
            <p className="text-stone-700">What a reader of the published reports knew, day by day:</p>
            <ol data-testid="reported-steps">
              {monument.reportedTimeline.map((s) => (
                <li key={s.from}>{stepText(s)}</li>
              ))}
            </ol>
          </div>
        ) : null}
      </section>

      <Disagreements monument={monument} />

      <section aria-labelledby="about-heading" className="space-y-3">
        <h2 id="about-heading" className="text-lg font-semibold">What it is</h2>
        <p>{monument.description}</p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">Type</dt>
          <dd>{MONUMENT_TYPE_LABELS[monument.type]}</dd>
          <dt className="text-stone-600">Built</dt>
          <dd>{monument.constructionDate ?? "not stated by our sources"}</dd>
          <dt className="text-stone-600">Location</dt>
          <dd>
            {monument.latitude != null && monument.longitude != null
              ? `${monument.latitude.toFixed(5)}, ${monument.longitude.toFixed(5)} (${monument.locationPrecision.toLowerCase()})`
              : `${monument.site.name}, ${monument.site.country} (exact position not recorded)`}
          </dd>
        </dl>
        <SiteMap site={monument.site} monuments={siteMonuments.filter((m) => m.siteId === monument.site.id)} current={monument.slug} reading={mapReading(asOf, clock)} headingLevel={3} />
        {monument.citations.length ? (
          <div className="space-y-3">
            <h3 className="font-semibold">What sources say about it</h3>
            {monument.citations.map((c) => (
              <CitationQuote key={c.id} citation={c} />
            ))}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="events-heading" className="space-y-3">
        <h2 id="events-heading" className="text-lg font-semibold">What happened, and who says so</h2>
        {monument.events.length ? (
          <ol className="space-y-4" data-testid="event-list">
            {monument.events.map((e) => (
              <EventItem key={e.id} event={e} otherAccounts={othersOf(e.id).map((o) => ({ href: `#event-${o.id}`, label: o.citations.map((c) => c.source.publisher).join(", ") || "an uncited account" }))} />
            ))}
          </ol>
        ) : (
          <p>No published reports about this monument.</p>
        )}
      </section>
      <PageMeta updated={updated} downloads={oneMonumentDownloads(monument.slug, asOfQuery)} feed={FEED_PATHS.monument(monument.slug)} permalink={`/monuments/${monument.slug}${asOfQuery ? `?${asOfQuery}` : ""}`} />
    </article>
  );
}

/** The monument's own Atom feed and the site-wide one, for <link rel="alternate">. */
export function monumentFeeds(slug: string, name: string) {
  return {
    "application/atom+xml": [
      { url: FEED_PATHS.monument(slug), title: `Heritage Watch: ${name}` },
      { url: FEED_PATHS.all, title: "Heritage Watch: published changes" },
    ],
  };
}
