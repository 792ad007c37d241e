"use client";
// The width a chart may take: its container's, measured, so a chart fits a 375 px phone as well
// as a desktop column (recharts' ResponsiveContainer would measure too, but the charts also pick
// their label widths and ticks from it).
import { useEffect, useRef, useState } from "react";

export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** Below this width a chart uses its compact layout (shorter labels, fewer ticks). */
export const NARROW = 480;
