// The monuments list's filters (status, type), shared by the JSON, GeoJSON and CSV endpoints.
import { z } from "zod";
import { MONUMENT_TYPES, STATUSES } from "@/lib/domain";
import { issuesMessage, listParam } from "./params";

const schema = z.object({
  status: z.array(z.enum(STATUSES, { error: () => `status must be one of ${STATUSES.join(", ")}` })),
  type: z.array(z.string().transform((s) => s.toUpperCase()).pipe(z.enum(MONUMENT_TYPES, { error: () => `type must be one of ${MONUMENT_TYPES.join(", ")}` }))),
});

export function readMonumentFilter(params: URLSearchParams) {
  const parsed = schema.safeParse({ status: listParam(params, "status").map((s) => s.toLowerCase()), type: listParam(params, "type") });
  return parsed.success ? { ok: true as const, filter: parsed.data } : { ok: false as const, message: issuesMessage(parsed.error.issues) };
}

export const bomOf = (params: URLSearchParams) => params.get("bom") !== "0";
