"use server";
import { createHash } from "node:crypto";
import { adminPath } from "@/lib/admin/entity-types";
import { fetchArticle, FetchRefused, loadIntakeCatalogue } from "@/lib/admin/intake";
import type { EntityStore } from "@/lib/admin/store";
import { citationStore } from "@/lib/admin/stores/citation";
import { damageEventStore } from "@/lib/admin/stores/damage-event";
import { sourceStore } from "@/lib/admin/stores/source";
import { analyzeArticle, IntakeRefused, type Analysis, type Catalogue } from "@/lib/intake/analyze";
import { quoteOccursIn } from "@/lib/intake/text";
import { analyzeInputSchema, saveIntakeSchema } from "@/lib/schemas/intake";
import { ActionFailure, authorizedAction, authorizedRead } from "./authorized-action";
import { refuseDuplicateUrl } from "./duplicates";
import { occurrenceRoot } from "./occurrence";
import { createRecorded, setStateRecorded } from "./publish";

type EventSummary = { description: string; dateEarliest: string | null; dateLatest: string | null; extent: string | null };
export type IntakeAnalysis = Analysis & { origin: "paste" | "upload" | "url"; fetchedUrl: string | null; events: Record<string, EventSummary> };

/** The accounts the suggestions were matched with, described for the review screen. */
function withEvents(a: Analysis, catalogue: Catalogue): Record<string, EventSummary> {
  const ids = new Set(a.suggestions.flatMap((s) => s.candidates.flatMap((c) => [c.rootId, ...c.accountIds])));
  return Object.fromEntries(
    catalogue.accounts.filter((e) => ids.has(e.id)).map((e) => [e.id, { description: e.description, dateEarliest: e.dateEarliest as string | null, dateLatest: e.dateLatest as string | null, extent: e.extent }]),
  );
}

/** Reads an article (pasted, uploaded, or fetched) and suggests its source and claims. Saves nothing. */
export const analyzeIntake = authorizedRead("record.edit", analyzeInputSchema, async (input): Promise<IntakeAnalysis> => {
  const catalogue = await loadIntakeCatalogue();
  try {
    if (input.mode === "url") {
      const page = await fetchArticle(input.url);
      const a = analyzeArticle({ kind: "html", body: page.html, url: page.finalUrl }, catalogue);
      return { ...a, origin: "url", fetchedUrl: page.finalUrl, events: withEvents(a, catalogue) };
    }
    const looksHtml = input.mode === "html" || /^\s*<(?:!doctype|html|head|body)\b/i.test(input.body);
    const a = analyzeArticle(looksHtml ? { kind: "html", body: input.body } : { kind: "text", body: input.body }, catalogue);
    return { ...a, origin: input.mode === "html" ? "upload" : "paste", fetchedUrl: null, events: withEvents(a, catalogue) };
  } catch (err) {
    if (err instanceof IntakeRefused || err instanceof FetchRefused) throw new ActionFailure({ status: "invalid", message: err.message });
    throw err;
  }
});


/**
 * Saves what the editor accepted, in one transaction: the source (or the existing one), the text
 * the quotes were checked against, and each claim with its quotes, added to an existing
 * occurrence when the editor kept that choice. Every quote is checked again here against the text.
 */
export const saveIntake = authorizedAction("record.edit", saveIntakeSchema, async (ctx) => {
  const { tx, input, authorize, user } = ctx;
  const doc = input.document;
  authorize("record.edit", "DRAFT");
  const invalid = (message: string) => new ActionFailure({ status: "invalid", message });
  doc.claims.forEach((c, i) =>
    c.quotes.forEach((q) => {
      if (!quoteOccursIn(q.quote, doc.text)) throw invalid(`Claim ${i + 1}: the quote “${q.quote.slice(0, 80)}” is not in the article's text. Quotes must be copied exactly. Nothing was saved.`);
    }),
  );
  const created: [EntityStore, Awaited<ReturnType<typeof createRecorded>>][] = [];
  let sourceId = doc.existingSourceId;
  if (sourceId) {
    if (!(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) throw invalid("The chosen source no longer exists. Nothing was saved.");
  } else {
    const s = doc.source;
    if (!s) throw invalid("Describe the source, or choose the one already recorded. Nothing was saved.");
    await refuseDuplicateUrl(tx, s.url);
    const known = s.publishedDate !== null;
    const row = await createRecorded(ctx, sourceStore, {
      id: null, version: null, url: s.url, title: s.title, publisher: s.publisher, agency: s.agency, authors: s.authors,
      publishedEarliest: s.publishedDate, publishedLatest: s.publishedDate, publishedPrecision: known ? "EXACT_DAY" : "UNKNOWN", publishedText: s.publishedText,
      language: s.language, archiveUrl: null, accessedAt: new Date().toISOString().slice(0, 10), kind: s.kind, note: null,
    });
    sourceId = row.id;
    created.push([sourceStore, row]);
  }
  await tx.intakeText.create({
    data: { sourceId, text: doc.text, sha256: createHash("sha256").update(doc.text).digest("hex"), origin: doc.origin, createdById: user.id },
  });
  const events = [];
  for (const c of doc.claims) {
    const monument = await tx.monument.findUnique({ where: { id: c.monumentId }, select: { id: true } });
    if (!monument) throw invalid("A monument chosen for a claim no longer exists. Nothing was saved.");
    const rootId = await occurrenceRoot(tx, c.monumentId, c.sameAsId);
    const event = await createRecorded(ctx, damageEventStore, {
      id: null, version: null, monumentId: c.monumentId, dateEarliest: c.dateEarliest, dateLatest: c.dateLatest, datePrecision: c.datePrecision,
      dateText: c.dateText, method: c.method, extent: c.extent, actorId: c.actorId, attribution: c.attribution, confidence: c.confidence,
      figureLabel: c.figureLabel, figureValue: c.figureValue, description: c.description,
    });
    if (rootId) await tx.damageEvent.update({ where: { id: event.id }, data: { sameAsId: rootId } });
    for (const q of c.quotes) {
      await createRecorded(ctx, citationStore, {
        id: null, version: null, sourceId, damageEventId: event.id, controlPeriodId: null, monumentId: null, field: null,
        quote: q.quote, prefix: q.prefix, suffix: q.suffix, paragraph: q.paragraph,
      });
    }
    events.push(event);
  }
  if (input.submit) for (const [store, row] of [...created, ...events.map((e) => [damageEventStore, e] as const)]) await setStateRecorded(ctx, store, row, "IN_REVIEW");
  const n = events.length;
  return {
    message: `${n} claim${n === 1 ? "" : "s"} saved${input.submit ? " and sent for review" : " as drafts"}.`,
    redirectTo: `${adminPath("source", sourceId)}?intake=${input.submit ? "review" : "draft"}&claims=${n}`,
  };
});
