"use client";
import Link from "@/components/locale-link";
import { useI18n } from "@/components/use-i18n";

// A client component only to read the language from the address: not-found receives no params.
export default function NotFound() {
  const { t } = useI18n();
  return (
    <div className="space-y-2">
      <h1 className="font-serif text-2xl font-semibold">{t("notFound.title")}</h1>
      <p>
        {t("notFound.body")} <Link href="/monuments" className="underline">{t("notFound.browse")}</Link>.
      </p>
    </div>
  );
}
