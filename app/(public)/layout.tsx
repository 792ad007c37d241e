import Link from "next/link";
import { SearchBox } from "@/components/search-box";

const nav = [
  { href: "/", label: "Overview" },
  { href: "/monuments", label: "Monuments" },
  { href: "/map", label: "Map" },
  { href: "/events", label: "Events" },
  { href: "/sources", label: "Sources" },
  { href: "/basket", label: "Report basket" },
];

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
            Heritage Watch
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-4 text-sm">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="sm:ml-auto">
            <SearchBox />
          </div>
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
