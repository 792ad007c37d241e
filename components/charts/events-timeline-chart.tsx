"use client";
// Event intervals as floating bars on a time axis, with who held the city as a band under it.
// Both charts share margins and the category-axis width so their time axes line up.
import { Bar, BarChart, Cell, XAxis, YAxis } from "recharts";
import type { ControlSpan, EventRange } from "@/lib/charts";
import { formatMonth } from "@/lib/charts";
import { BAND_COLORS, extentColor } from "./colors";

const MARGIN = { top: 4, right: 16, bottom: 4, left: 4 };
const LABEL_WIDTH = 130;
const WIDTH = 720;

export function EventsTimelineChart({ rows, spans, domain, ticks }: { rows: EventRange[]; spans: ControlSpan[]; domain: [number, number]; ticks: number[] }) {
  const actors = [...new Set(spans.map((s) => s.actor))];
  const band = [{ label: "Held by", ...Object.fromEntries(spans.map((s, i) => [`s${i}`, s.range])) }];
  return (
    <div aria-hidden="true" className="overflow-x-auto">
      <div style={{ width: WIDTH }}>
        <BarChart width={WIDTH} height={28 * rows.length + 30} data={rows} layout="vertical" margin={MARGIN} accessibilityLayer={false}>
          <XAxis type="number" dataKey="range" domain={domain} ticks={ticks} tickFormatter={formatMonth} allowDataOverflow fontSize={11} />
          <YAxis type="category" dataKey="label" width={LABEL_WIDTH} fontSize={11} interval={0} />
          <Bar dataKey="range" isAnimationActive={false} barSize={14}>
            {rows.map((r) => (
              <Cell key={r.id} fill={extentColor(r.extent)} />
            ))}
          </Bar>
        </BarChart>
        <BarChart width={WIDTH} height={40} data={band} layout="vertical" margin={MARGIN} accessibilityLayer={false}>
          <XAxis type="number" domain={domain} ticks={ticks} hide allowDataOverflow />
          <YAxis type="category" dataKey="label" width={LABEL_WIDTH} fontSize={11} />
          {spans.map((s, i) => (
            <Bar key={s.id} dataKey={`s${i}`} isAnimationActive={false} barSize={22} fill={BAND_COLORS[actors.indexOf(s.actor) % BAND_COLORS.length]} />
          ))}
        </BarChart>
      </div>
    </div>
  );
}
