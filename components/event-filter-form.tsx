import { CONFIDENCES, DAMAGE_EXTENTS, DAMAGE_METHODS } from "@/lib/domain";
import type { EventFilters } from "@/lib/event-filters";
import { DISAGREEMENT_KINDS } from "@/lib/disagreements";
import type { Locale } from "@/lib/locales";
import { getI18n, nameIn, type MessageKey, type Named } from "@/lib/messages";
import { extentToStatus } from "@/lib/status";

type Option = { value: string; label: string };
/** `monuments` null: too many for a list, the monument is typed (its slug, as in its page's address). */
type Props = { filters: EventFilters; monuments: (Named & { slug: string })[] | null; actors: { slug: string; name: string }[] };

const SORTS: { value: string; label: MessageKey }[] = [
  { value: "date", label: "filter.sortDate" },
  { value: "date-desc", label: "filter.sortDateDesc" },
  { value: "monument", label: "filter.sortMonument" },
  { value: "extent", label: "filter.sortExtent" },
  { value: "confidence", label: "filter.sortConfidence" },
];

function Select({ name, label, value, options, any }: { name: string; label: string; value?: string; options: Option[]; any: string | null }) {
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
export function EventFilterForm({ filters, monuments, actors, grouped = false, locale = "en" }: Props & { grouped?: boolean; locale?: Locale }) {
  const { t, path } = getI18n(locale);
  const any = t("filter.any");
  return (
    <form method="get" action={path("/events")} className="no-print grid grid-cols-2 gap-3 rounded border border-stone-300 bg-white p-3 sm:grid-cols-4" aria-label={t("filter.label")}>
      {grouped ? <input type="hidden" name="group" value="quote" /> : null}
      {monuments ? (
        <Select name="monument" label={t("filter.monument")} value={filters.monument} options={monuments.map((m) => ({ value: m.slug, label: nameIn(locale, m).value })).sort((a, b) => a.label.localeCompare(b.label, locale))} any={any} />
      ) : (
        <div className="flex flex-col text-sm">
          <label htmlFor="filter-monument">{t("filter.monumentSlug")}</label>
          <input id="filter-monument" name="monument" defaultValue={filters.monument} className="rounded border border-stone-400 px-2 py-1" />
        </div>
      )}
      <Select name="method" label={t("filter.method")} value={filters.method} options={DAMAGE_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))} any={any} />
      <Select name="actor" label={t("filter.actor")} value={filters.actor} options={[...actors.map((a) => ({ value: a.slug, label: a.name })), { value: "none", label: t("overviewPage.notAttributed") }]} any={any} />
      <Select name="extent" label={t("filter.extent")} value={filters.extent} options={DAMAGE_EXTENTS.map((e) => ({ value: e, label: t(`status.${extentToStatus(e)}`) }))} any={any} />
      <Select name="confidence" label={t("filter.confidence")} value={filters.confidence} options={CONFIDENCES.map((c) => ({ value: c, label: t(`confidence.${c}`) }))} any={any} />
      <Select
        name="disagreement"
        label={t("filter.disagreement")}
        value={filters.disagreement}
        options={[{ value: "any", label: t("filter.onAnything") }, ...DISAGREEMENT_KINDS.map((k) => ({ value: k, label: t("filter.on", { kind: t(`disagreementKind.${k}`) }) }))]}
        any={any}
      />
      <label className="flex flex-col text-sm">
        <span>{t("filter.from")}</span>
        <input type="date" name="from" defaultValue={filters.from} className="rounded border border-stone-400 px-2 py-1" />
      </label>
      <label className="flex flex-col text-sm">
        <span>{t("filter.to")}</span>
        <input type="date" name="to" defaultValue={filters.to} className="rounded border border-stone-400 px-2 py-1" />
      </label>
      <Select name="sort" label={t("filter.sort")} value={filters.sort} options={SORTS.map((s) => ({ value: s.value, label: t(s.label) }))} any={null} />
      <div className="col-span-2 flex items-center gap-3 sm:col-span-4">
        <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 text-sm font-medium text-white">{t("filter.apply")}</button>
        <a href={path("/events")} className="text-sm underline">{t("filter.clear")}</a>
      </div>
    </form>
  );
}
