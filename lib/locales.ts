// The interface languages. English is served at unprefixed URLs (proxy.ts rewrites them to /en
// internally, so links and bookmarks made before Arabic existed keep working); Arabic lives under /ar.
// Pure: used by the proxy, the layouts and the link helpers.
export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** The public URL of an interface path in a language: English unprefixed, others under /<locale>. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith("/") || path.startsWith("//")) return path;
  return path === "/" ? `/${locale}` : /^\/[?#]/.test(path) ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** A public path split into its language and the path inside it (`/ar/monuments` → ar, `/monuments`). */
export function splitLocale(pathname: string): { locale: Locale | null; rest: string } {
  const m = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (m && isLocale(m[1])) return { locale: m[1], rest: m[2] || "/" };
  return { locale: null, rest: pathname };
}
