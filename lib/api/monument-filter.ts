// The monuments list's filters (status, type), shared by the JSON, GeoJSON and CSV endpoints.
import { z } from "zod";
import { asOfRange } from "@/lib/as-of-route";
import { COVERAGE_START } from "@/lib/coverage";
import { MONUMENT_TYPES, STATUSES } from "@/lib/domain";
import { checkAsOf, CLOCKS, type Clock } from "@/lib/time";
import { issuesMessage, listParam } from "./params";

const schema = z.object({
  status: z.array(z.enum(STATUSES, { error: () => `status must be one of ${STATUSES.join(", ")}` })),
  type: z.array(z.string().transform((s) => s.toUpperCase()).pipe(z.enum(MONUMENT_TYPES, { error: () => `type must be one of ${MONUMENT_TYPES.join(", ")}` }))),
});

export interface MonumentFilter {
  status: string[];
  type: string[];
  /** Statuses as of this day (as on /map and the monument pages), on event or knowledge time. */
  asOf?: string;
  clock: Clock;
}

export function readMonumentFilter(params: URLSearchParams): { ok: true; filter: MonumentFilter } | { ok: false; message: string } {
  const parsed = schema.safeParse({ status: listParam(params, "status").map((s) => s.toLowerCase()), type: listParam(params, "type") });
  if (!parsed.success) return { ok: false as const, message: issuesMessage(parsed.error.issues) };
  const clock = params.get("clock") ?? "event";
  if (!(CLOCKS as readonly string[]).includes(clock)) return { ok: false, message: `clock must be one of ${CLOCKS.join(", ")}` };
  const raw = params.get("asOf");
  if (!raw) return { ok: true, filter: { ...parsed.data, clock: clock as Clock } };
  const asOf = checkAsOf(raw, asOfRange(COVERAGE_START));
  return asOf.ok ? { ok: true, filter: { ...parsed.data, asOf: asOf.day, clock: clock as Clock } } : { ok: false, message: asOf.message };
}

export const bomOf = (params: URLSearchParams) => params.get("bom") !== "0";
