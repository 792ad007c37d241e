"use server";
import { adminPath } from "@/lib/admin/entity-types";
import type { EntityStore } from "@/lib/admin/store";
import { citationStore } from "@/lib/admin/stores/citation";
import { damageEventStore } from "@/lib/admin/stores/damage-event";
import { monumentStore } from "@/lib/admin/stores/monument";
import { sourceStore } from "@/lib/admin/stores/source";
import { reportSchema } from "@/lib/schemas/report";
import { ActionFailure, authorizedAction } from "./authorized-action";
import { refuseDuplicateUrl } from "./duplicates";
import { findOccurrences, occurrenceRoot } from "./occurrence";
import { createRecorded, setStateRecorded } from "./publish";


/**
 * The editor's damage report in one step: monument (picked or new), event, source (picked or new)
 * and the quote, all drafts, in one transaction; optionally sent for review at once.
 */
export const createReport = authorizedAction("record.edit", reportSchema, async (ctx) => {
  const { tx, input: r, authorize } = ctx;
  authorize("record.edit", "DRAFT");
  const missing = (what: string) => new ActionFailure({ status: "invalid", message: `The chosen ${what} no longer exists. Nothing was saved.` });

  // What the report creates goes to review with it: a reviewer sees (and can publish) the new
  // monument and source in the queue, instead of finding them left behind as drafts.
  const created: [EntityStore, Awaited<ReturnType<typeof createRecorded>>][] = [];
  let monumentId = r.monumentId;
  if (r.monumentMode === "new") {
    const site = await tx.site.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
    if (!site) throw missing("site");
    const monument = await createRecorded(ctx, monumentStore, {
      id: null, version: null, name: r.newMonumentName!, siteId: site.id, type: r.newMonumentType!, description: r.newMonumentDescription!,
      constructionDate: null, constructionYear: null, latitude: null, longitude: null, locationPrecision: "UNKNOWN", parentId: null, wikidataId: null,
      names: [{ value: r.newMonumentName!, lang: "en", kind: "CANONICAL" }],
    });
    monumentId = monument.id;
    created.push([monumentStore, monument]);
  } else if (!(await tx.monument.findUnique({ where: { id: monumentId! }, select: { id: true } }))) throw missing("monument");

  let sourceId = r.sourceId;
  if (r.sourceMode === "new") {
    await refuseDuplicateUrl(tx, r.url);
    const source = await createRecorded(ctx, sourceStore, {
      id: null, version: null, url: r.url, title: r.title!, publisher: r.publisher!, agency: r.agency, authors: r.authors, publishedEarliest: r.publishedEarliest,
      publishedLatest: r.publishedLatest, publishedPrecision: r.publishedPrecision, publishedText: r.publishedText, language: r.language!,
      archiveUrl: r.archiveUrl, accessedAt: r.accessedAt, kind: r.kind!, note: r.note, editorNote: r.editorNote,
    });
    sourceId = source.id;
    created.push([sourceStore, source]);
  } else if (!(await tx.source.findUnique({ where: { id: sourceId! }, select: { id: true } }))) throw missing("source");

  // The same occurrence entered twice would count twice: when the monument has events whose window
  // meets this one, the editor says whether this is another account of one of them.
  const proposed = { monumentId: monumentId!, dateEarliest: r.dateEarliest, dateLatest: r.dateLatest, extent: r.extent, method: r.method, actorId: r.actorId, figureLabel: r.figureLabel, figureValue: r.figureValue };
  if (!r.occurrence && r.monumentMode === "existing" && (r.dateEarliest || r.dateLatest)) {
    const occurrences = await findOccurrences(tx, proposed);
    if (occurrences.length) {
      throw new ActionFailure({
        status: "invalid",
        message: `This monument already has ${occurrences.length === 1 ? "an event" : `${occurrences.length} events`} in this window. Add this account to ${occurrences.length === 1 ? "it" : "one of them"}, or say it is a new occurrence. Nothing was saved.`,
        fieldErrors: { occurrence: ["Choose: add this account to a recorded event, or record a new occurrence."] },
        occurrences,
      });
    }
  }
  const rootId = r.occurrence === "new" ? null : await occurrenceRoot(tx, monumentId!, r.occurrence);
  const event = await createRecorded(ctx, damageEventStore, {
    id: null, version: null, monumentId: monumentId!, dateEarliest: r.dateEarliest, dateLatest: r.dateLatest, datePrecision: r.datePrecision,
    dateText: r.dateText, method: r.method, extent: r.extent, actorId: r.actorId, attribution: r.attribution, confidence: r.confidence,
    figureLabel: r.figureLabel, figureValue: r.figureValue, description: r.description,
  });
  if (rootId) await tx.damageEvent.update({ where: { id: event.id }, data: { sameAsId: rootId } });
  await createRecorded(ctx, citationStore, {
    id: null, version: null, sourceId: sourceId!, damageEventId: event.id, controlPeriodId: null, monumentId: null, field: null,
    quote: r.quote, prefix: r.prefix, suffix: r.suffix, paragraph: r.paragraph,
  });
  if (r.submit) for (const [store, row] of [...created, [damageEventStore, event] as const]) await setStateRecorded(ctx, store, row, "IN_REVIEW");
  return {
    message: r.submit ? "Report saved and sent for review." : "Report saved as a draft.",
    redirectTo: `${adminPath("damageEvent", event.id)}?saved=${r.submit ? event.version + 1 : event.version}`,
  };
});
