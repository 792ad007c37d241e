import { franc } from "franc-min";

// Which language the article is in, and whether the assistant reads it. franc names languages in
// ISO 639-3; the records use BCP 47, so the few we meet are mapped. The assistant "reads" a
// language when chrono-node parses its dates and lib/intake/lexicon.ts knows its damage words;
// in any other language only monument names are looked for, and the editor is told so.

const ISO3_TO_BCP47: Record<string, string> = {
  eng: "en", arb: "ar", ara: "ar", fra: "fr", deu: "de", ita: "it", spa: "es", por: "pt", rus: "ru", ben: "bn",
  tur: "tr", pes: "fa", urd: "ur", cmn: "zh", jpn: "ja", nld: "nl", heb: "he", hin: "hi",
};

export const LANGUAGE_NAMES: Record<string, string> = {
  en: "English", ar: "Arabic", fr: "French", de: "German", it: "Italian", es: "Spanish", pt: "Portuguese", ru: "Russian",
  bn: "Bengali", tr: "Turkish", fa: "Persian", ur: "Urdu", zh: "Chinese", ja: "Japanese", nl: "Dutch", he: "Hebrew", hi: "Hindi",
};

/** Languages whose dates and damage words the assistant reads. */
export const READ_LANGUAGES = ["en", "fr", "de", "it", "ar"] as const;
export type ReadLanguage = (typeof READ_LANGUAGES)[number];

export const primaryLanguage = (tag: string | null | undefined): string | null => (tag ? tag.toLowerCase().split(/[-_]/)[0]! : null);

/** The text's language as BCP 47 ("und" when franc cannot tell, e.g. for very short text). */
export function detectLanguage(text: string): string {
  const code = franc(text.slice(0, 4000), { minLength: 20 });
  return ISO3_TO_BCP47[code] ?? (code === "und" ? "und" : code);
}

export function readsLanguage(tag: string | null | undefined): tag is string {
  const p = primaryLanguage(tag);
  return !!p && (READ_LANGUAGES as readonly string[]).includes(p);
}

export function languageName(tag: string): string {
  return LANGUAGE_NAMES[primaryLanguage(tag) ?? ""] ?? tag;
}
