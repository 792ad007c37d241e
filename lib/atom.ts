// An Atom 1.0 document (RFC 4287) from plain values. Pure; lib/queries/feed.ts supplies the
// entries. Every element Atom requires is written: feed id/title/updated/author, entry
// id/title/updated, plus a self link for feed readers.

export interface AtomEntry {
  id: string; // a permanent IRI
  title: string;
  updated: string; // RFC 3339
  published?: string;
  link: string; // the public page
  summary: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  self: string;
  alternate: string;
  author: string;
  entries: AtomEntry[];
}

const escapeXml = (s: string) =>
  // Characters XML 1.0 forbids even escaped (control characters) are dropped.
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const el = (name: string, text: string, indent = "  ") => `${indent}<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, href: string, type?: string, indent = "  ") => `${indent}<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ""}/>`;

export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      el("id", e.id, "    "),
      el("title", e.title, "    "),
      el("updated", e.updated, "    "),
      ...(e.published ? [el("published", e.published, "    ")] : []),
      link("alternate", e.link, "text/html", "    "),
      ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    el("id", feed.id),
    el("title", feed.title),
    ...(feed.subtitle ? [el("subtitle", feed.subtitle)] : []),
    el("updated", feed.updated),
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    link("self", feed.self, "application/atom+xml"),
    link("alternate", feed.alternate, "text/html"),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** A feed's `updated`: its newest entry, or the given fallback when it has none. */
export function latestUpdate(entries: { updated: string }[], fallback: string): string {
  return entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries.length ? entries[0]!.updated : fallback);
}
