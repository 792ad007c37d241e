// How many independent sources back an occurrence. Claims about the same occurrence are linked by
// sameAsId; a wire story republished by an outlet (Egypt Independent carrying Reuters) is the
// wire's account, so sources are grouped by their origin: the wire agency, else the publisher
// (older records name the agency in parentheses: "Egypt Independent (Reuters)").
import { getI18n, type I18n } from "./messages";

export function sourceOrigin(source: { publisher: string; agency?: string | null }): string {
  const wire = source.agency?.trim() || /\(([^)]+)\)\s*$/.exec(source.publisher)?.[1];
  return (wire ?? source.publisher).trim().toLowerCase();
}

export interface SupportClaim {
  id: string;
  sameAsId: string | null;
  /** The origin of each source quoted for the claim (sourceOrigin). */
  origins: string[];
}

/** The occurrence a claim belongs to: the root of its sameAs chain (cycles stop where they loop). */
export function occurrenceOf(id: string, byId: Map<string, { sameAsId: string | null }>): string {
  const seen = new Set<string>();
  let cur = id;
  for (;;) {
    const next = byId.get(cur)?.sameAsId;
    if (!next || seen.has(next)) return cur;
    seen.add(cur);
    cur = next;
  }
}

/** For each claim id: the number of independent origins across every claim about its occurrence. */
export function independentSupport(claims: SupportClaim[]): Map<string, number> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const origins = new Map<string, Set<string>>();
  for (const c of claims) {
    const root = occurrenceOf(c.id, byId);
    const set = origins.get(root) ?? new Set<string>();
    c.origins.forEach((o) => set.add(o));
    origins.set(root, set);
  }
  return new Map(claims.map((c) => [c.id, origins.get(occurrenceOf(c.id, byId))?.size ?? 0]));
}

export function supportLabel(n: number, { t }: Pick<I18n, "t"> = getI18n("en")): string {
  if (n === 0) return t("support.none");
  if (n === 1) return t("support.one");
  return t("support.many", { count: n });
}
