import type { z } from "zod";
import { validateInterval } from "@/lib/dates";
import type { DatePrecision } from "@/lib/domain";

/** Adds lib/dates' interval rules to a schema, reported on the "latest" field (or the precision). */
export function checkInterval(
  ctx: z.RefinementCtx,
  earliest: string | null,
  latest: string | null,
  precision: DatePrecision,
  fields: { earliest: string; latest: string; precision: string },
) {
  for (const message of validateInterval({ earliest, latest, precision })) {
    const path = /before the earliest/.test(message) ? fields.latest : /earliest and latest|unknown date|window/i.test(message) ? fields.precision : fields.earliest;
    ctx.addIssue({ code: "custom", path: [path], message });
  }
}
