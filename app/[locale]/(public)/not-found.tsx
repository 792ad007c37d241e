"use client";
import { useParams } from "next/navigation";
import Link from "@/components/locale-link";
import { isLocale } from "@/lib/locales";
import { getI18n } from "@/lib/messages";

// A client component only to read the language from the address: not-found receives no params.
export default function NotFound() {
  const { locale } = useParams<{ locale?: string }>();
  const { t } = getI18n(isLocale(locale) ? locale : "en");
  return (
    <div className="space-y-2">
      <h1 className="font-serif text-2xl font-semibold">{t("notFound.title")}</h1>
      <p>
        {t("notFound.body")} <Link href="/monuments" className="underline">{t("notFound.browse")}</Link>.
      </p>
    </div>
  );
}
