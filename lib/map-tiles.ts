// Pure helpers for the tile source (lib/env.ts reads it): the origin a Content-Security-Policy
// must allow for it. Leaflet's "{s}" subdomain placeholder becomes a CSP wildcard host.

/** "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org". */
export function tileOrigin(template: string): string {
  const m = /^(https:\/\/)([^/]+)/.exec(template);
  if (!m) throw new Error(`not an https tile template: ${template}`);
  const host = m[2]!.replace(/\{s\}/g, "*");
  if (/[{}]/.test(host)) throw new Error(`only {s} may stand in a tile host: ${template}`);
  return m[1] + host;
}
