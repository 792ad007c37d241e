import { BasketButton } from "./basket-button";
import { ExportMenu } from "./export-menu";
import type { Locale } from "@/lib/locales";
import { t } from "@/lib/messages";

/** On a source's page: cite it, or put it in the report basket. */
export function SourceExport({ source, locale = "en" }: { source: { slug: string; title: string }; locale?: Locale }) {
  return (
    <div className="mt-3 space-y-2" data-testid="source-export">
      <BasketButton item={{ kind: "source", id: source.slug, label: source.title, href: `/sources/${source.slug}` }} />
      <ExportMenu query={`source=${encodeURIComponent(source.slug)}`} title={t("source.cite", {}, locale)} locale={locale} />
    </div>
  );
}
