"use client";
import { useParams } from "next/navigation";
import { isLocale } from "@/lib/locales";
import { getI18n, type I18n } from "@/lib/messages";

/** The reader's language in a client component, from the [locale] segment (admin has none: English). */
export function useI18n(): I18n {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  return getI18n(isLocale(locale) ? locale : "en");
}
