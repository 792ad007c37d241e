// The monuments list's filters (site, status, type) and the reading of the status (asOf, clock), shared
// by the JSON, GeoJSON and CSV endpoints.
import { z } from "zod";
import { asOfRange } from "@/lib/as-of-route";
import { COVERAGE_START } from "@/lib/coverage";
import { MONUMENT_TYPES, STATUSES } from "@/lib/domain";
import { checkAsOf, CLOCKS } from "@/lib/time";
import { issuesMessage, listParam } from "./params";

const schema = z.object({
  // Site slugs (an unknown slug matches nothing, like an unknown monument slug on /events).
  site: z.array(z.string().regex(/^[a-z0-9-]+$/, "site must be a site's slug, e.g. palmyra")),
  status: z.array(z.enum(STATUSES, { error: () => `status must be one of ${STATUSES.join(", ")}` })),
  type: z.array(z.string().transform((s) => s.toUpperCase()).pipe(z.enum(MONUMENT_TYPES, { error: () => `type must be one of ${MONUMENT_TYPES.join(", ")}` }))),
  // The status on a day: by everything known now (clock=event, the default), or by what had
  // been published by then (clock=reported). See lib/time.ts.
  asOf: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      const check = checkAsOf(v, asOfRange(COVERAGE_START));
      if (!check.ok) ctx.addIssue({ code: "custom", message: `asOf: ${check.message}` });
    }),
  clock: z.enum(CLOCKS, { error: () => `clock must be one of ${CLOCKS.join(", ")}` }).default("event"),
});

export type MonumentFilter = z.infer<typeof schema>;

export function readMonumentFilter(params: URLSearchParams) {
  const parsed = schema.safeParse({
    site: listParam(params, "site"),
    status: listParam(params, "status").map((s) => s.toLowerCase()),
    type: listParam(params, "type"),
    asOf: params.get("asOf") ?? undefined,
    clock: params.get("clock") ?? undefined,
  });
  if (parsed.success && parsed.data.clock === "reported" && !parsed.data.asOf) return { ok: false as const, message: "clock=reported needs asOf=YYYY-MM-DD: what had been published by which day?" };
  return parsed.success ? { ok: true as const, filter: parsed.data } : { ok: false as const, message: issuesMessage(parsed.error.issues) };
}

export const bomOf = (params: URLSearchParams) => params.get("bom") !== "0";
