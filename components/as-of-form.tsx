import { COVERAGE_START } from "@/lib/coverage";
import type { Clock } from "@/lib/time";

/**
 * "As of" control: a plain GET form, so it works without JavaScript and the result is a shareable
 * link (/monuments/<slug>?asOf=YYYY-MM-DD&clock=reported or /?asOf=…, a cached segment, see proxy.ts). It offers
 * the two readings of a date: the state on that day by everything known now, or what had been
 * published by then.
 */
export function AsOfForm({ path, asOf, clock = "event", title = "Show the status on a date" }: { path: string; asOf?: string; clock?: Clock; title?: string }) {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <form method="get" action={path} className="no-print space-y-2 rounded border border-stone-300 bg-white p-3 text-sm" aria-label={title}>
      <label className="flex flex-col">
        <span className="font-medium">{title}</span>
        <input type="date" name="asOf" defaultValue={asOf} min={COVERAGE_START} max={today} className="w-48 rounded border border-stone-400 px-2 py-1" />
      </label>
      <fieldset className="space-y-1">
        <legend className="font-medium">Read that date as</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="clock" value="event" defaultChecked={clock === "event"} className="mt-1" />
          <span>what had happened to it by then, judged by everything reported since</span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="clock" value="reported" defaultChecked={clock === "reported"} className="mt-1" />
          <span>what had been published by then: only the reports a journalist could have read that day</span>
        </label>
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 font-medium text-white">Show</button>
        {asOf ? <a href={path} className="underline">back to today</a> : null}
      </div>
    </form>
  );
}
