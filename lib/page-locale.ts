// The language of a public page, from its [locale] segment; anything else is English.
import { isLocale, type Locale } from "./locales";
import { getI18n, type I18n } from "./messages";

export async function localeOf(params: Promise<{ locale?: string }>): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : "en";
}

export async function i18nOf(params: Promise<{ locale?: string }>): Promise<I18n> {
  return getI18n(await localeOf(params));
}
