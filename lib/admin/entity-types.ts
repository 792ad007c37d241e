// The record types an editor works on, their names in URLs and their labels. Pure: pages, forms,
// actions and the security sweep share it.
export const ENTITY_TYPES = ["damageEvent", "monument", "source", "citation", "actor", "controlPeriod"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_SEGMENTS: Record<EntityType, string> = {
  damageEvent: "events",
  monument: "monuments",
  source: "sources",
  citation: "citations",
  actor: "actors",
  controlPeriod: "control-periods",
};

export const ENTITY_LABELS: Record<EntityType, { one: string; many: string }> = {
  damageEvent: { one: "damage event", many: "Damage events" },
  monument: { one: "monument", many: "Monuments" },
  source: { one: "source", many: "Sources" },
  citation: { one: "citation", many: "Citations" },
  actor: { one: "actor", many: "Actors" },
  controlPeriod: { one: "control period", many: "Control periods" },
};

/** Types with a publication state (draft → in review → published). */
export const STATEFUL: ReadonlySet<EntityType> = new Set(["damageEvent", "monument", "source", "controlPeriod"]);

export function entityFromSegment(segment: string): EntityType | null {
  return (Object.entries(ENTITY_SEGMENTS).find(([, s]) => s === segment)?.[0] as EntityType | undefined) ?? null;
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && (ENTITY_TYPES as readonly string[]).includes(value);
}

export const adminPath = (type: EntityType, id?: string) => `/admin/${ENTITY_SEGMENTS[type]}${id ? `/${id}` : ""}`;
