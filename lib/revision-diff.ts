// Readable differences between two snapshots of a record (the Revision log's before/after JSON).
// Pure, so the history page, the conflict message and the tests share one definition.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type Change = { field: string; before: string; after: string; kind: "added" | "removed" | "changed" };

// Bookkeeping that changes on every save and means nothing to a reader.
const IGNORED = new Set(["id", "version", "createdAt", "updatedAt"]);

/** A value as a reader sees it: dates as days, lists one item per line, empties as "—". */
export function formatValue(value: Json | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value) ? value.slice(0, 10) : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v)).join("\n") : "—";
  const entries = Object.entries(value).filter(([k]) => !IGNORED.has(k));
  return entries.map(([k, v]) => `${k}: ${formatValue(v)}`).join(", ");
}

function isPlainObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Field by field, in the order the fields first appear; nested objects are flattened ("names"). */
export function diffSnapshots(before: Json | null | undefined, after: Json | null | undefined): Change[] {
  const a = isPlainObject(before ?? undefined) ? (before as { [key: string]: Json }) : {};
  const b = isPlainObject(after ?? undefined) ? (after as { [key: string]: Json }) : {};
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !IGNORED.has(f));
  const changes: Change[] = [];
  for (const field of fields) {
    const was = formatValue(a[field]);
    const now = formatValue(b[field]);
    if (was === now) continue;
    const kind = was === "—" ? "added" : now === "—" ? "removed" : "changed";
    changes.push({ field, before: was, after: now, kind });
  }
  return changes;
}

/** A field name as words: "dateEarliest" → "date earliest". */
export function fieldLabel(field: string): string {
  return field.replace(/Id$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
