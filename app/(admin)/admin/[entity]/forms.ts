import "server-only";
import type { ActionState } from "@/lib/actions/action-state";
import { saveActor, saveCitation, saveControlPeriod, saveDamageEvent, saveMonument, saveSource } from "@/lib/actions/records";
import type { EntityType } from "@/lib/admin/entity-types";
import { actorFields } from "@/lib/schemas/actor";
import { citationFields } from "@/lib/schemas/citation";
import { controlPeriodFields } from "@/lib/schemas/control-period";
import { damageEventFields } from "@/lib/schemas/damage-event";
import type { FieldDef } from "@/lib/schemas/fields";
import { monumentFields } from "@/lib/schemas/monument";
import { sourceFields } from "@/lib/schemas/source";

type Form = { fields: FieldDef[]; action: (prev: ActionState, formData: FormData) => Promise<ActionState> };

export const FORMS: Record<EntityType, Form> = {
  damageEvent: { fields: damageEventFields, action: saveDamageEvent },
  monument: { fields: monumentFields, action: saveMonument },
  source: { fields: sourceFields, action: saveSource },
  citation: { fields: citationFields, action: saveCitation },
  actor: { fields: actorFields, action: saveActor },
  controlPeriod: { fields: controlPeriodFields, action: saveControlPeriod },
};
