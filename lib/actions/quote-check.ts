import "server-only";
import { quoteOccursIn } from "@/lib/intake/text";
import type { Tx } from "@/lib/db";
import { ActionFailure } from "./authorized-action";

/**
 * A made-up quote is refused where it can be caught: when the source came in through the article
 * intake, its checked text is kept (IntakeText), and a quote under it must occur in that text
 * (ignoring whitespace and typographic quotes). Sources entered by hand have no text to check against.
 */
export async function refuseMadeUpQuote(tx: Tx, input: { sourceId: string; quote: string }) {
  const texts = await tx.intakeText.findMany({ where: { sourceId: input.sourceId }, select: { text: true } });
  if (!texts.length || texts.some((t) => quoteOccursIn(input.quote, t.text))) return;
  throw new ActionFailure({
    status: "invalid",
    message: "This quote is not in the article's text as it was read in. Copy it exactly. Nothing was saved.",
    fieldErrors: { quote: ["Not found in the source's checked text: copy the passage exactly as printed."] },
  });
}

/**
 * A quote under a published record is public at once, but its source would not be: the public would
 * read a passage attributed to nothing. A reviewer publishes the source first (or quotes it under a
 * record still in review, and both are published together).
 */
export async function refuseUnpublishedSource(tx: Tx, input: { sourceId: string }, targetState: string | null) {
  if (targetState !== "PUBLISHED") return;
  const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { title: true, state: true } });
  if (!source || source.state === "PUBLISHED") return;
  const where = source.state === "IN_REVIEW" ? "still in review" : "a draft";
  throw new ActionFailure({
    status: "invalid",
    message: `“${source.title}” is ${where}: a quote from it cannot be published under a published record. Publish the source first. Nothing was saved.`,
    fieldErrors: { sourceId: [`This source is ${where}: publish it before quoting it under a published record.`] },
  });
}
