"use client";
// The charts load after the page is interactive: recharts is ~97 kB gz, the charts have full
// text alternatives beside them, and the rest of the page should not wait for it. ssr: false
// because a server-rendered chart would pull recharts into the first load again for hydration.
// The placeholders keep each chart's height so nothing jumps when it arrives.
import dynamic from "next/dynamic";

const box = (height: number) =>
  function ChartPlaceholder() {
    return <div aria-hidden="true" style={{ height }} className="animate-pulse rounded bg-stone-100" />;
  };

export const EventsTimelineChart = dynamic(() => import("./events-timeline-chart").then((m) => m.EventsTimelineChart), {
  ssr: false,
  loading: box(320),
});

export const CountBarChart = dynamic(() => import("./count-bar-chart").then((m) => m.CountBarChart), {
  ssr: false,
  loading: box(140),
});

export const ConditionChart = dynamic(() => import("./condition-chart").then((m) => m.ConditionChart), {
  ssr: false,
  loading: box(240),
});
