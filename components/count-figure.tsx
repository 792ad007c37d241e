import type { Count } from "@/lib/charts";
import { CountBarChart } from "./charts/lazy";
import type { Locale } from "@/lib/locales";
import { formatNumber } from "@/lib/messages";

/** A count chart with its caption and the same numbers as a list. */
export function CountFigure({ title, caption, data, testId, locale = "en" }: { title: string; caption: string; data: Count[]; testId: string; locale?: Locale }) {
  return (
    <figure className="rounded border border-stone-300 bg-white p-3" data-testid={testId}>
      <figcaption>
        <span className="font-semibold">{title}</span> <span className="text-sm text-stone-700">{caption}</span>
      </figcaption>
      <CountBarChart data={data} />
      <ul className="mt-2 text-sm">
        {data.map((d) => (
          <li key={d.key}>
            {d.label}: <strong>{formatNumber(d.count, locale)}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
