"use client";
import { usePathname } from "next/navigation";
import { directionOf, localePath, splitLocale, type Locale } from "@/lib/locales";

// The same page in the other language: the address without /ar, or with it. A plain link (a full
// load), since the two languages are separate root layouts with their own <html lang dir>.
export function LanguageSwitch({ to, label, name }: { to: Locale; label: string; name: string }) {
  const { rest } = splitLocale(usePathname() ?? "/");
  return (
    <a href={localePath(to, rest)} hrefLang={to} lang={to} dir={directionOf(to)} title={name} className="whitespace-nowrap text-sm underline" data-testid="language-switch">
      {label}
    </a>
  );
}
