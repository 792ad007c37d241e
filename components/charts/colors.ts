// Chart colours: the status palette of app/globals.css, as values recharts can use in SVG fills.
import type { DamageExtent, Status } from "@/lib/domain";

export const STATUS_COLORS: Record<Status, string> = {
  destroyed: "#7f1d1d",
  severe: "#b91c1c",
  moderate: "#c2410c",
  damaged: "#9a3412",
  possible: "#a16207",
  none: "#15803d",
  contested: "#6d28d9",
  uncertain: "#1e3a8a",
  unknown: "#475569",
};

export const extentColor = (e: DamageExtent | null): string => (e ? STATUS_COLORS[e.toLowerCase() as Status] : STATUS_COLORS.unknown);

/** Control periods: one muted colour per actor, assigned in order of appearance. */
export const BAND_COLORS = ["#1f2937", "#0e7490", "#6b21a8", "#9a3412"];
