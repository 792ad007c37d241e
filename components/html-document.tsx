import "@/app/globals.css";
import { directionOf, type Locale } from "@/lib/locales";

// Each audience has its own root layout (the public pages one per language, admin and sign-in in
// English); they share this document so <html> carries the page's language and direction.
export function HtmlDocument({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
