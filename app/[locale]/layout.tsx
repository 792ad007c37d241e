import { notFound } from "next/navigation";
import { HtmlDocument } from "@/components/html-document";
import { isLocale, LOCALES } from "@/lib/locales";
import { siteMetadata } from "@/lib/site-metadata";

export const metadata = siteMetadata;

// Both languages are prerendered; proxy.ts never sends another first segment here.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function LocaleRootLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <HtmlDocument locale={locale}>{children}</HtmlDocument>;
}
