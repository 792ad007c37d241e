import "server-only";
import { findSourceByUrl } from "@/lib/admin/stores/source";
import type { Tx } from "@/lib/db";
import { ActionFailure } from "./authorized-action";

/** Two source records for one article would split its citations: offer the existing one instead. */
export async function refuseDuplicateUrl(tx: Tx, url: string | null, exceptId?: string | null) {
  const existing = await findSourceByUrl(tx, url, exceptId);
  if (!existing) return;
  throw new ActionFailure({
    status: "invalid",
    message: "This URL is already in the database. Use the existing source instead of adding it twice.",
    fieldErrors: { url: [`A source with this URL already exists: “${existing.title}”.`] },
    duplicate: { field: "url", id: existing.id, title: existing.title },
  });
}
