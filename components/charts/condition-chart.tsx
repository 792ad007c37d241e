"use client";
// What is certain over time as steps; a shaded band spans each window in which a change may have
// happened, from the certain level up to the possible one. Fits its container's width; on a
// phone the status labels are short and the time ticks thinned. Right-to-left, time runs from the
// right and the status axis stands on the right, as an Arabic reader expects.
import { Line, LineChart, ReferenceArea, ReferenceLine, XAxis, YAxis } from "recharts";
import type { StepPoint, UncertainSpan } from "@/lib/charts";
import { fitTicks, formatMonth, STATUS_LEVEL } from "@/lib/charts";
import type { Status } from "@/lib/domain";
import { INTL_LOCALE } from "@/lib/messages";
import { useI18n } from "../use-i18n";
import { STATUS_COLORS } from "./colors";
import { NARROW, useWidth } from "./use-width";

const LEVELS = (Object.entries(STATUS_LEVEL) as [Status, number][]).filter(([s]) => s !== "uncertain");
const MAX_WIDTH = 720;

export function ConditionChart({ points, uncertain, domain, ticks, asOf }: { points: StepPoint[]; uncertain: UncertainSpan[]; domain: [number, number]; ticks: number[]; asOf?: number }) {
  const [ref, measured] = useWidth<HTMLDivElement>();
  const width = Math.min(measured, MAX_WIDTH);
  const narrow = width < NARROW;
  const labelWidth = narrow ? 78 : 130;
  const { t, locale, dir } = useI18n();
  const rtl = dir === "rtl";
  const label = (s: Status) => (narrow ? t(`statusShort.${s}`) : t(`status.${s}`));
  return (
    <div aria-hidden="true" ref={ref} style={{ minHeight: 240 }} data-testid="condition-chart">
      {width > 0 ? (
        <LineChart width={width} height={240} data={points} margin={{ top: 18, right: rtl ? 0 : 12, bottom: 4, left: rtl ? 12 : 0 }} accessibilityLayer={false}>
          <XAxis type="number" dataKey="t" domain={domain} ticks={fitTicks(ticks, width - labelWidth - 12)} tickFormatter={(ms: number) => formatMonth(ms, INTL_LOCALE[locale])} reversed={rtl} fontSize={11} />
          <YAxis
            type="number"
            domain={[0, 7]}
            ticks={LEVELS.map(([, l]) => l)}
            tickFormatter={(l: number) => label(LEVELS.find(([, v]) => v === l)?.[0] ?? "unknown")}
            width={labelWidth}
            orientation={rtl ? "right" : "left"}
            fontSize={11}
          />
          {uncertain.map((u, i) => (
            <ReferenceArea key={i} x1={u.range[0]} x2={u.range[1]} y1={u.levels[0]} y2={u.levels[1]} fill={STATUS_COLORS[u.status]} fillOpacity={0.3} ifOverflow="hidden" />
          ))}
          {asOf !== undefined ? <ReferenceLine x={asOf} stroke="#1d4ed8" strokeDasharray="4 2" label={{ value: t("asOf.mark"), fontSize: 11, position: "top" }} /> : null}
          <Line type="stepAfter" dataKey="level" stroke="#111827" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      ) : null}
    </div>
  );
}
