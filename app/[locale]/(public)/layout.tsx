import Link from "next/link";
import { SearchBox } from "@/components/search-box";

const nav = [
  { href: "/", label: "Overview" },
  { href: "/sites", label: "Sites" },
  { href: "/monuments", label: "Monuments" },
  { href: "/map", label: "Map" },
  { href: "/events", label: "Events" },
  { href: "/sources", label: "Sources" },
  { href: "/basket", label: "Report basket" },
];

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-stone-300 bg-white">
        {/* Phone: name and search on one line, the menu on its own line below; wider: one row. */}
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3 md:gap-x-6">
          <Link href="/" className="shrink-0 font-serif text-lg font-semibold tracking-tight sm:text-xl">
            Heritage Watch
          </Link>
          <div className="min-w-0 md:order-last md:ms-auto">
            <SearchBox />
          </div>
          <nav aria-label="Main" className="w-full md:w-auto">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="whitespace-nowrap hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl border-t border-stone-300 px-4 py-6 text-sm text-stone-600">
        Every claim on this site is quoted from the source that makes it. Status is derived from published claims, never typed in.
      </footer>
    </>
  );
}
