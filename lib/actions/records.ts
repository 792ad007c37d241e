"use server";
import { z } from "zod";
import { adminPath, ENTITY_LABELS, ENTITY_TYPES, STATEFUL, type EntityType } from "@/lib/admin/entity-types";
import { snapshotOf, VersionConflict, type EntityStore } from "@/lib/admin/store";
import { toFormValues } from "@/lib/admin/form-values";
import { STORES } from "@/lib/admin/stores";
import { actorStore } from "@/lib/admin/stores/actor";
import { citationStore } from "@/lib/admin/stores/citation";
import { controlPeriodStore } from "@/lib/admin/stores/control-period";
import { damageEventStore } from "@/lib/admin/stores/damage-event";
import { monumentStore } from "@/lib/admin/stores/monument";
import { sourceStore } from "@/lib/admin/stores/source";
import { PUBLICATION_STATES } from "@/lib/domain";
import { transitionPermission } from "@/lib/permissions";
import { submitIntent } from "@/lib/schemas/fields";
import { ActionFailure, authorizedAction, refused, type ActionContext } from "./authorized-action";
import { conflict } from "./history";
import { refuseDuplicateUrl } from "./duplicates";
import { refuseMadeUpQuote, refuseUnpublishedSource } from "./quote-check";
import { publishWithDependencies, setStateRecorded } from "./publish";

const notFound = (type: EntityType) => new ActionFailure({ status: "error", message: `This ${ENTITY_LABELS[type].one} no longer exists.` });

async function loadChecked(ctx: ActionContext<unknown>, store: EntityStore, id: string, version: number | null) {
  const row = await store.load(ctx.tx, id);
  if (!row) throw notFound(store.type);
  return { row, stale: version !== row.version };
}

type Meta = { id: string | null; version: number | null };
type Saved<S extends z.ZodType> = z.output<S> & { submit: boolean };

async function sendForReview(ctx: ActionContext<unknown>, store: EntityStore, id: string) {
  const row = (await store.load(ctx.tx, id))!;
  await setStateRecorded(ctx, store, row, "IN_REVIEW");
  return row.version + 1;
}

function save<S extends z.ZodType<Meta>>(store: EntityStore<S>, check?: (ctx: ActionContext<Saved<S>>) => Promise<void>) {
  return async (ctx: ActionContext<Saved<S>>) => {
    const { tx, authorize, record } = ctx;
    const { submit, ...fields } = ctx.input;
    const input = fields as z.output<S>;
    await check?.(ctx);
    const label = ENTITY_LABELS[store.type].one;
    // "Save and send for review" on a draft (or a new record) also sends it: the button said so.
    const review = submit && !!store.setState;
    // A citation is public when what it points at is: quoting under a published event is the reviewer's.
    const target = store.stateOf ? await store.stateOf(tx, input) : null;
    if (!input.id) {
      authorize("record.edit", store.stateOf ? target : STATEFUL.has(store.type) ? "DRAFT" : null);
      const id = await store.create(tx, input);
      const row = (await store.load(tx, id))!;
      await record({ entityType: store.type, entityId: id, version: row.version, action: "create", before: null, after: snapshotOf(row) });
      if (review) return { message: `The ${label} was saved and sent for review.`, redirectTo: `${adminPath(store.type, id)}?saved=${await sendForReview(ctx, store, id)}` };
      return { message: `The ${label} was saved as a draft.`, redirectTo: `${adminPath(store.type, id)}?saved=${row.version}` };
    }
    const { row, stale } = await loadChecked(ctx, store, input.id, input.version);
    authorize("record.edit", row.state);
    if (store.stateOf) authorize("record.edit", target);
    if (stale) throw await conflict(tx, row, input.version);
    try {
      await store.update(tx, row.id, row.version, input);
    } catch (err) {
      if (err instanceof VersionConflict) throw await conflict(tx, (await store.load(tx, row.id))!, input.version);
      throw err;
    }
    const after = (await store.load(tx, row.id))!;
    await record({ entityType: store.type, entityId: row.id, version: after.version, action: "update", before: snapshotOf(row), after: snapshotOf(after) });
    const version = review && after.state === "DRAFT" ? await sendForReview(ctx, store, row.id) : after.version;
    return { message: `Saved version ${version}.`, redirectTo: `${adminPath(store.type, row.id)}?saved=${version}` };
  };
}

/** A record form's action: its schema, and which button was pressed. */
function saveAction<S extends z.ZodType<Meta>>(store: EntityStore<S>, check?: (ctx: ActionContext<Saved<S>>) => Promise<void>) {
  return authorizedAction("record.edit", z.intersection(store.schema, z.object({ submit: submitIntent })), save(store, check));
}

export const saveDamageEvent = saveAction(damageEventStore);
export const saveMonument = saveAction(monumentStore, async ({ tx, input }) => {
  // "Part of" must not close a loop (A part of B, B part of A): walk up from the chosen parent.
  const seen = new Set<string>();
  for (let at = input.parentId; at && input.id; ) {
    if (at === input.id) {
      throw new ActionFailure({ status: "invalid", message: "Check the highlighted field.", fieldErrors: { parentId: ["The monument chosen is one of this monument's own parts: a monument cannot be part of its own part."] } });
    }
    if (seen.has(at)) break;
    seen.add(at);
    at = (await tx.monument.findUnique({ where: { id: at }, select: { parentId: true } }))?.parentId ?? null;
  }
});
export const saveSource = saveAction(sourceStore, async ({ tx, input }) => {
  await refuseDuplicateUrl(tx, input.url, input.id);
});
export const saveCitation = saveAction(citationStore, async ({ tx, input }) => {
  await refuseMadeUpQuote(tx, input);
  await refuseUnpublishedSource(tx, input, await citationStore.stateOf!(tx, input));
});
export const saveActor = saveAction(actorStore);
export const saveControlPeriod = saveAction(controlPeriodStore);

const target = {
  entity: z.enum(ENTITY_TYPES),
  id: z.string().min(1),
  version: z.coerce.number().int().positive(),
};

/** Archive (the UI's "delete") or restore from the archive: reversible, recorded. */
export const setArchived = authorizedAction(
  "record.archive",
  z.object({ ...target, archived: z.enum(["yes", "no"]) }),
  async (ctx) => {
    const { tx, input, authorize, record } = ctx;
    const store = STORES[input.entity];
    const { row, stale } = await loadChecked(ctx, store, input.id, input.version);
    authorize("record.archive", row.state);
    if (stale) throw await conflict(tx, row, input.version);
    const archive = input.archived === "yes";
    // Archived means hidden everywhere: an actor that published claims name would vanish from them
    // without a review of those claims. They are re-attributed (or unpublished) first.
    if (archive && store.type === "actor" && row.state === "PUBLISHED") {
      throw new ActionFailure({ status: "error", message: "Published claims or control periods name this actor. Attribute them to another actor, or unpublish them, before archiving it." });
    }
    await store.archive(tx, row.id, row.version, archive ? new Date() : null);
    const after = (await store.load(tx, row.id))!;
    await record({ entityType: store.type, entityId: row.id, version: after.version, action: archive ? "archive" : "restore", before: snapshotOf(row), after: snapshotOf(after) });
    return { message: archive ? "Archived: hidden everywhere, and can be restored." : "Restored from the archive.", redirectTo: `${adminPath(store.type, row.id)}?saved=${after.version}` };
  },
);

/** Draft → in review → published, and back. Editors submit and withdraw; reviewers publish and unpublish. */
export const changeState = authorizedAction(
  "record.edit",
  z.object({ ...target, to: z.enum(PUBLICATION_STATES) }),
  async (ctx) => {
    const { tx, input, authorize } = ctx;
    const store = STORES[input.entity];
    if (!store.setState) throw refused("This kind of record has no publication state.");
    const { row, stale } = await loadChecked(ctx, store, input.id, input.version);
    const needed = transitionPermission(row.state ?? "DRAFT", input.to);
    if (!needed) throw new ActionFailure({ status: "ok", message: "Nothing to change." });
    authorize(needed, row.state);
    if (stale) throw await conflict(tx, row, input.version);
    if (input.to === "PUBLISHED") await publishWithDependencies(ctx, store, row);
    else await setStateRecorded(ctx, store, row, input.to);
    const done = { IN_REVIEW: "Sent for review.", PUBLISHED: "Published.", DRAFT: row.state === "PUBLISHED" ? "Unpublished: back to draft." : "Back to draft." };
    return { message: done[input.to], redirectTo: `${adminPath(store.type, row.id)}?saved=${row.version + 1}` };
  },
);

/** The reviewer's queue: publish every checked record in one transaction (all or none). */
export const bulkPublish = authorizedAction(
  "record.publish",
  z.object({
    items: z
      .preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string().regex(/^\w+:[\w-]+:\d+$/, "Invalid selection.")))
      .refine((a) => a.length > 0, "Select at least one record to publish."),
  }),
  async (ctx) => {
    // Publishing an event publishes the draft sources and monument it stands on; when the batch
    // lists one of those too, its row is a version ahead by our own doing, not by another editor.
    const publishedHere = new Set<string>();
    for (const item of ctx.input.items) {
      const [entity, id, version] = item.split(":") as [EntityType, string, string];
      const store = STORES[entity];
      if (!store?.setState) throw refused("Only records with a publication state can be published.");
      if (publishedHere.has(`${entity}:${id}`)) continue;
      const { row, stale } = await loadChecked(ctx, store, id, Number(version));
      ctx.authorize("record.publish", row.state);
      if (stale) throw await conflict(ctx.tx, row, Number(version));
      if (row.state !== "PUBLISHED") for (const dep of await publishWithDependencies(ctx, store, row)) publishedHere.add(dep);
    }
    return { message: `Published ${ctx.input.items.length} record${ctx.input.items.length === 1 ? "" : "s"}.` };
  },
);

/** "Restore this version": writes an earlier snapshot back as a new version (history keeps both). */
export const restoreVersion = authorizedAction(
  "record.edit",
  z.object({ revisionId: z.string().min(1), version: z.coerce.number().int().positive() }),
  async (ctx) => {
    const { tx, input, authorize, record } = ctx;
    const revision = await tx.revision.findUnique({ where: { id: input.revisionId } });
    if (!revision || !(ENTITY_TYPES as readonly string[]).includes(revision.entityType)) throw refused("That version does not exist.");
    const store = STORES[revision.entityType as EntityType];
    const { row, stale } = await loadChecked(ctx, store, revision.entityId, input.version);
    authorize("record.edit", row.state);
    if (stale) throw await conflict(tx, row, input.version);
    const snapshot = (revision.after ?? revision.before) as Record<string, unknown> | null;
    if (!snapshot) throw refused("That version holds no content to restore.");
    const { state: _s, archivedAt: _a, ...content } = snapshot;
    // An old version is checked like a new save: the rules may have changed since, another source
    // may have taken its URL, and a citation must not be re-pointed at a published record this way.
    const parsed = store.schema.safeParse({ ...toFormValues(content), id: row.id, version: String(row.version) });
    if (!parsed.success) {
      throw new ActionFailure({ status: "error", message: `Version ${revision.version} cannot be restored as it is: ${parsed.error.issues.map((i) => i.message).join(" ")} Edit the record instead.` });
    }
    if (store.stateOf) {
      const target = await store.stateOf(tx, parsed.data);
      authorize("record.edit", target);
      await refuseUnpublishedSource(tx, parsed.data as { sourceId: string }, target);
    }
    if (store.type === "source") await refuseDuplicateUrl(tx, (parsed.data as { url: string | null }).url, row.id);
    await store.update(tx, row.id, row.version, parsed.data);
    const after = (await store.load(tx, row.id))!;
    await record({ entityType: store.type, entityId: row.id, version: after.version, action: "restore", before: snapshotOf(row), after: snapshotOf(after) });
    return { message: `Restored version ${revision.version} as version ${after.version}.`, redirectTo: `${adminPath(store.type, row.id)}/history?saved=${after.version}` };
  },
);
