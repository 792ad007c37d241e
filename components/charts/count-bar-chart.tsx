"use client";
// Horizontal bars for counts (events by method, by actor), as wide as their box (at most 480 px).
// Right-to-left, the labels stand on the right and the bars grow leftwards.
import { Bar, BarChart, XAxis, YAxis } from "recharts";
import type { Count } from "@/lib/charts";
import { useWidth } from "./use-width";
import { useI18n } from "../use-i18n";

export function CountBarChart({ data }: { data: Count[] }) {
  const [ref, measured] = useWidth<HTMLDivElement>();
  const width = Math.min(measured, 480);
  const height = 26 * data.length + 30;
  const { number, dir } = useI18n();
  const rtl = dir === "rtl";
  return (
    <div aria-hidden="true" ref={ref} style={{ minHeight: height }} data-testid="count-chart">
      {width > 0 ? (
        <BarChart width={width} height={height} data={data} layout="vertical" margin={{ top: 4, right: rtl ? 4 : 16, bottom: 4, left: rtl ? 16 : 4 }} accessibilityLayer={false}>
          <XAxis type="number" allowDecimals={false} reversed={rtl} tickFormatter={(n: number) => number(n)} fontSize={11} />
          <YAxis type="category" dataKey="label" width={Math.min(120, Math.floor(width * 0.4))} orientation={rtl ? "right" : "left"} fontSize={11} interval={0} />
          <Bar dataKey="count" fill="#334155" isAnimationActive={false} barSize={14} />
        </BarChart>
      ) : null}
    </div>
  );
}
