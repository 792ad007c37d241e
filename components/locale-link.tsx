"use client";
import Link from "next/link";
import { useParams } from "next/navigation";
import { isLocale, localePath } from "@/lib/locales";

// next/link for the public pages: an interface path stays in the reader's language (/ar/… inside
// the Arabic pages, unprefixed in English), read from the [locale] segment, so the components that
// link do not each need the locale passed down.
export default function LocaleLink({ href, ...props }: React.ComponentProps<typeof Link>) {
  const { locale } = useParams<{ locale?: string }>();
  const target = typeof href === "string" && isLocale(locale) ? localePath(locale, href) : href;
  return <Link href={target} {...props} />;
}
