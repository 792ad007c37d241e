import { textDirection } from "@/lib/labels";
import type { Locale } from "@/lib/locales";
import { nameIn, type Named } from "@/lib/messages";

/**
 * A site's or monument's name in the reader's language where the record has one (the Arabic name
 * on /ar), marked with the language it is in, so an English name inside Arabic text keeps its order.
 */
export function LocalName({ of, locale }: { of: Named; locale: Locale }) {
  const name = nameIn(locale, of);
  return (
    <span lang={name.lang} dir={textDirection(name.lang)}>
      {name.value}
    </span>
  );
}
