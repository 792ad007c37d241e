import Link from "@/components/locale-link";
import { LanguageSwitch } from "@/components/language-switch";
import { SearchBox } from "@/components/search-box";
import { isLocale, type Locale } from "@/lib/locales";
import { getI18n, type MessageKey } from "@/lib/messages";

const nav: { href: string; label: MessageKey }[] = [
  { href: "/", label: "nav.overview" },
  { href: "/sites", label: "nav.sites" },
  { href: "/monuments", label: "nav.monuments" },
  { href: "/map", label: "nav.map" },
  { href: "/events", label: "nav.events" },
  { href: "/sources", label: "nav.sources" },
  { href: "/basket", label: "nav.basket" },
];

export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : "en";
  const { t } = getI18n(locale);
  const other: Locale = locale === "ar" ? "en" : "ar";
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2">
        {t("layout.skip")}
      </a>
      <header className="border-b border-stone-300 bg-white">
        {/* Phone: name and search on one line, the menu on its own line below; wider: one row. */}
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3 md:gap-x-6">
          <Link href="/" className="shrink-0 font-serif text-lg font-semibold tracking-tight sm:text-xl">
            {t("layout.siteName")}
          </Link>
          <div className="min-w-0 md:order-last md:ms-auto">
            <SearchBox locale={locale} />
          </div>
          <nav aria-label={t("layout.mainNav")} className="w-full md:w-auto">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="whitespace-nowrap hover:underline">
                    {t(item.label)}
                  </Link>
                </li>
              ))}
              <li>
                <LanguageSwitch to={other} label={t("layout.switchLabel")} name={t("layout.switchName")} />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl border-t border-stone-300 px-4 py-6 text-sm text-stone-600">
        {t("layout.footer")}
      </footer>
    </>
  );
}
