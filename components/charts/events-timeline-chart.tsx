"use client";
// Event intervals as floating bars on a time axis, with who held the city as a band under it.
// Both charts share margins and the category-axis width so their time axes line up. They take
// their container's width; on a phone the row labels are shortened (the table beside the chart
// has the full names) and the time ticks thinned. Right-to-left, time runs from the right and the
// labels stand on the right.
import { Bar, BarChart, Cell, XAxis, YAxis } from "recharts";
import type { ControlSpan, EventRange } from "@/lib/charts";
import { fitTicks, formatMonth } from "@/lib/charts";
import { INTL_LOCALE } from "@/lib/messages";
import { BAND_COLORS, extentColor } from "./colors";
import { useI18n } from "../use-i18n";
import { NARROW, useWidth } from "./use-width";

const MAX_WIDTH = 760;

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export function EventsTimelineChart({ rows, spans, domain, ticks }: { rows: EventRange[]; spans: ControlSpan[]; domain: [number, number]; ticks: number[] }) {
  const [ref, measured] = useWidth<HTMLDivElement>();
  const width = Math.min(measured, MAX_WIDTH);
  const narrow = width < NARROW;
  const { t, locale, dir } = useI18n();
  const rtl = dir === "rtl";
  const MARGIN = { top: 4, right: rtl ? 0 : 12, bottom: 4, left: rtl ? 12 : 0 };
  const labelWidth = narrow ? 92 : 130;
  const tickFormatter = (s: string) => (narrow ? shorten(s, 14) : s);
  const shownTicks = fitTicks(ticks, width - labelWidth - 12);
  const actors = [...new Set(spans.map((s) => s.actor))];
  const band = [{ label: t("charts.heldBy"), ...Object.fromEntries(spans.map((s, i) => [`s${i}`, s.range])) }];
  return (
    <div aria-hidden="true" ref={ref} style={{ minHeight: 28 * rows.length + 70 }} data-testid="events-chart">
      {width > 0 ? (
        <>
          <BarChart width={width} height={28 * rows.length + 30} data={rows} layout="vertical" margin={MARGIN} accessibilityLayer={false}>
            <XAxis type="number" dataKey="range" domain={domain} ticks={shownTicks} tickFormatter={(ms: number) => formatMonth(ms, INTL_LOCALE[locale])} reversed={rtl} allowDataOverflow fontSize={11} />
            <YAxis type="category" dataKey="label" width={labelWidth} orientation={rtl ? "right" : "left"} fontSize={narrow ? 10 : 11} interval={0} tickFormatter={tickFormatter} />
            <Bar dataKey="range" isAnimationActive={false} barSize={14}>
              {rows.map((r) => (
                <Cell key={r.id} fill={extentColor(r.extent)} />
              ))}
            </Bar>
          </BarChart>
          <BarChart width={width} height={40} data={band} layout="vertical" margin={MARGIN} accessibilityLayer={false}>
            <XAxis type="number" domain={domain} ticks={shownTicks} reversed={rtl} hide allowDataOverflow />
            <YAxis type="category" dataKey="label" width={labelWidth} orientation={rtl ? "right" : "left"} fontSize={11} />
            {spans.map((s, i) => (
              <Bar key={s.id} dataKey={`s${i}`} isAnimationActive={false} barSize={22} fill={BAND_COLORS[actors.indexOf(s.actor) % BAND_COLORS.length]} />
            ))}
          </BarChart>
        </>
      ) : null}
    </div>
  );
}
