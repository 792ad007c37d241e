// One address, one source: the same article is reached through http and https, with or without
// "www.", a trailing slash, tracking parameters (utm_*, fbclid…) or a fragment. The duplicate
// check compares this key; the record keeps the address as given.

const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ito|at_medium|at_campaign|ns_source|ns_mchannel|ns_campaign|ref|rss)$/i;

export function normalizeUrl(raw: string | null | undefined): string | null {
  if (!raw || !raw.trim()) return null;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return raw.trim().toLowerCase();
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return raw.trim();
  const host = u.hostname.toLowerCase().replace(/^(?:www\d*|m|amp)\./, "");
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const path = u.pathname.replace(/\/+$/, "").replace(/\/amp$/, "") || "";
  const port = u.port && u.port !== "80" && u.port !== "443" ? `:${u.port}` : "";
  return `${host}${port}${path}${query}`;
}

/** Does this URL name the same page as that one? */
export const sameUrl = (a: string | null | undefined, b: string | null | undefined) => {
  const x = normalizeUrl(a);
  return x !== null && x === normalizeUrl(b);
};
