import { COVERAGE_START } from "@/lib/coverage";
import type { Clock } from "@/lib/time";
import type { Locale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";

/**
 * "As of" control: a plain GET form, so it works without JavaScript and the result is a shareable
 * link (/monuments/<slug>?asOf=YYYY-MM-DD&clock=reported or /?asOf=…, a cached segment, see proxy.ts). It offers
 * the two readings of a date: the state on that day by everything known now, or what had been
 * published by then.
 */
export function AsOfForm({ path: englishPath, asOf, clock = "event", title: given, locale = "en" }: { path: string; asOf?: string; clock?: Clock; title?: string; locale?: Locale }) {
  const { t, path: inLocale } = getI18n(locale);
  const path = inLocale(englishPath);
  const title = given ?? t("asOf.title");
  const today = new Date().toISOString().slice(0, 10);
  return (
    <form method="get" action={path} className="no-print space-y-2 rounded border border-stone-300 bg-white p-3 text-sm" aria-label={title}>
      <label className="flex flex-col">
        <span className="font-medium">{title}</span>
        <input type="date" name="asOf" defaultValue={asOf} min={COVERAGE_START} max={today} className="w-48 rounded border border-stone-400 px-2 py-1" />
      </label>
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("map.clockLegend")}</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="clock" value="event" defaultChecked={clock === "event"} className="mt-1" />
          <span>{t("asOf.clockEvent")}</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="clock" value="reported" defaultChecked={clock === "reported"} className="mt-1" />
          <span>{t("asOf.clockReported")}</span>
        </label>
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 font-medium text-white">{t("asOf.show")}</button>
        {asOf ? <a href={path} className="underline">{t("asOf.back")}</a> : null}
      </div>
    </form>
  );
}
