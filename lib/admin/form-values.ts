// A stored record's content as the strings its form shows: lists one item per line, the parts of
// an item joined by " | " (the format the schemas' `lines` fields read back).
export function toFormValues(content: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(content)) {
    if (value === null || value === undefined) out[key] = "";
    else if (Array.isArray(value))
      out[key] = value.map((item) => (item && typeof item === "object" ? Object.values(item).join(" | ") : String(item))).join("\n");
    else out[key] = String(value);
  }
  return out;
}
