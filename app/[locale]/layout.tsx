import { notFound } from "next/navigation";
import { HtmlDocument } from "@/components/html-document";
import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/paths";
import { isLocale, LOCALES } from "@/lib/locales";
import { getI18n } from "@/lib/messages";
import { siteMetadata } from "@/lib/site-metadata";

// The site's name, description and site-wide feed in the page's language (every page names the feed).
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return siteMetadata;
  const { t } = getI18n(locale);
  const name = t("layout.siteName");
  return { ...siteMetadata, title: { default: name, template: `%s · ${name}` }, description: t("layout.description"), alternates: { types: feedAlternates(t) } };
}

// Both languages are prerendered; proxy.ts never sends another first segment here.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function LocaleRootLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <HtmlDocument locale={locale}>{children}</HtmlDocument>;
}
