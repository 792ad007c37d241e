import type { Metadata } from "next";
import { BasketView } from "@/components/export/basket-view";
import { PageMeta } from "@/components/page-meta";
import { getLastUpdated } from "@/lib/queries/freshness";
import { i18nOf } from "@/lib/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await i18nOf(params)).t("nav.basket") };
}

export default async function BasketPage({ params }: Props) {
  const { t, locale } = await i18nOf(params);
  const updated = await getLastUpdated({ kind: "all" });
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("nav.basket")}</h1>
      <p className="max-w-prose text-stone-700">
        {t("basket.intro")}
      </p>
      <BasketView />
      <PageMeta updated={updated} downloads={[]} permalink="/basket" locale={locale} />
    </div>
  );
}
