"use client";
// Horizontal bars for counts (events by method, by actor).
import { Bar, BarChart, XAxis, YAxis } from "recharts";
import type { Count } from "@/lib/charts";

export function CountBarChart({ data }: { data: Count[] }) {
  return (
    <div aria-hidden="true">
      <BarChart width={320} height={26 * data.length + 30} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <XAxis type="number" allowDecimals={false} fontSize={11} />
        <YAxis type="category" dataKey="label" width={120} fontSize={11} interval={0} />
        <Bar dataKey="count" fill="#334155" isAnimationActive={false} barSize={14} />
      </BarChart>
    </div>
  );
}
