"use client";
import { Suspense } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { directionOf, localePath, splitLocale, type Locale } from "@/lib/locales";

type Props = { to: Locale; label: string; name: string };

// The same page in the other language: the address without /ar, or with it, keeping the query
// string (a filtered list, a monument read as of a day stays what it was). A plain link (a full
// load), since the two languages are separate root layouts with their own <html lang dir>.
export function LanguageSwitch(props: Props) {
  // The query is known only in the browser on a cached page: until then the link keeps the path.
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  const query = useSearchParams()?.toString() ?? "";
  return <SwitchLink {...props} query={query} />;
}

function SwitchLink({ to, label, name, query }: Props & { query: string }) {
  const { rest } = splitLocale(usePathname() ?? "/");
  return (
    <a href={`${localePath(to, rest)}${query ? `?${query}` : ""}`} hrefLang={to} lang={to} dir={directionOf(to)} title={name} className="whitespace-nowrap text-sm underline" data-testid="language-switch">
      {label}
    </a>
  );
}
