import { COVERAGE_START } from "@/lib/coverage";
import { STATUSES } from "@/lib/domain";
import type { MapFilters } from "@/lib/map";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import { StatusBadge } from "../status-badge";

/** The /map filters as a plain GET form: works without JavaScript, and the result is a link. */
export function MapFilterForm({ filters, locale = "en" }: { filters: MapFilters; locale?: Locale }) {
  const { t, path } = getI18n(locale);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <form method="get" action={path("/map")} className="no-print space-y-3 rounded border border-stone-300 bg-white p-3 text-sm" aria-label={t("map.title")}>
      {filters.site ? <input type="hidden" name="site" value={filters.site} /> : null}
      <fieldset>
        <legend className="font-medium">{t("map.filterLegend")}</legend>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          {STATUSES.map((s) => (
            <li key={s}>
              <label className="flex items-center gap-1">
                <input type="checkbox" name="status" value={s} defaultChecked={filters.statuses.includes(s)} />
                <StatusBadge status={s} />
              </label>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-stone-600">{t("map.filterAll")}</p>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col">
          <span className="font-medium">{t("map.dateLabel")}</span>
          <input type="date" name="asOf" defaultValue={filters.asOf} min={COVERAGE_START} max={today} className="w-48 rounded border border-stone-400 px-2 py-1" />
        </label>
        <fieldset className="space-y-1">
          <legend className="font-medium">{t("map.clockLegend")}</legend>
          <label className="flex items-start gap-2">
            <input type="radio" name="clock" value="event" defaultChecked={filters.clock === "event"} className="mt-1" />
            <span>{t("map.clockEvent")}</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="clock" value="reported" defaultChecked={filters.clock === "reported"} className="mt-1" />
            <span>{t("map.clockReported")}</span>
          </label>
        </fieldset>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 font-medium text-white">{t("map.apply")}</button>
        <a href={path("/map")} className="underline">{t("map.reset")}</a>
      </div>
    </form>
  );
}
