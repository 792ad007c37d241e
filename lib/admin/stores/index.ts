import "server-only";
import type { EntityType } from "../entity-types";
import type { EntityStore } from "../store";
import { actorStore } from "./actor";
import { citationStore } from "./citation";
import { controlPeriodStore } from "./control-period";
import { damageEventStore } from "./damage-event";
import { monumentStore } from "./monument";
import { sourceStore } from "./source";

export const STORES: Record<EntityType, EntityStore> = {
  damageEvent: damageEventStore,
  monument: monumentStore,
  source: sourceStore,
  citation: citationStore,
  actor: actorStore,
  controlPeriod: controlPeriodStore,
} as Record<EntityType, EntityStore>;
