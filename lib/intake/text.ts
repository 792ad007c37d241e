// The article as plain text: paragraphs joined by blank lines, offsets into that text, and the
// quote selectors (exact text, prefix, suffix, 1-based paragraph) the citations store. Quotes are
// checked against this text, never against HTML.

export interface ArticleText {
  paragraphs: string[];
  /** paragraphs.join("\n\n"): every offset in the intake refers to this string. */
  text: string;
}

export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
  paragraph: number;
}

const CONTEXT = 80;

/** Trims each paragraph, collapses runs of spaces inside it, and drops empty ones. */
export function toArticleText(paragraphs: string[]): ArticleText {
  const clean = paragraphs.map((p) => p.replace(/[ \t\u00a0]+/g, " ").replace(/\s*\n\s*/g, " ").trim()).filter(Boolean);
  return { paragraphs: clean, text: clean.join("\n\n") };
}

/** Plain text as typed or pasted: blank lines separate paragraphs; single line breaks too when there are no blank lines. */
export function splitParagraphs(raw: string): string[] {
  const text = raw.replace(/\r\n?/g, "\n");
  const blocks = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n+/) : text.split("\n");
  return blocks;
}

/** The 1-based paragraph holding the offset. */
export function paragraphAt(article: ArticleText, offset: number): number {
  let end = 0;
  for (let i = 0; i < article.paragraphs.length; i++) {
    end += article.paragraphs[i]!.length;
    if (offset < end) return i + 1;
    end += 2;
  }
  return article.paragraphs.length;
}

/** The selector for text[start, end): up to 80 characters either side, cut at a word boundary. */
export function selectorFor(article: ArticleText, start: number, end: number): QuoteSelector {
  const { text } = article;
  let p = Math.max(0, start - CONTEXT);
  if (p > 0) {
    const space = text.indexOf(" ", p);
    if (space !== -1 && space < start) p = space + 1;
  }
  let s = Math.min(text.length, end + CONTEXT);
  if (s < text.length) {
    const space = text.lastIndexOf(" ", s);
    if (space > end) s = space;
  }
  return { quote: text.slice(start, end), prefix: text.slice(p, start), suffix: text.slice(end, s), paragraph: paragraphAt(article, start) };
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

// A full stop after an initial or a common abbreviation ("Aug.", "U.N.", "Mr.") does not end a sentence.
const NOT_AN_END = /(?:\b[A-Z]|\b(?:Aug|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Mr|Mrs|Ms|Dr|St|No|U\.S|U\.N|approx|e\.g|i\.e))\.$/;

/** Sentences with their offsets, never crossing a paragraph. */
export function sentencesOf(article: ArticleText): Sentence[] {
  const out: Sentence[] = [];
  let base = 0;
  article.paragraphs.forEach((para, i) => {
    const re = /[.!?؟。](?:["'”’»)\]]*)(?=\s+|$)/g;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(para))) {
      const endAt = m.index + m[0].length;
      if (NOT_AN_END.test(para.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      push(from, endAt);
      from = endAt;
    }
    push(from, para.length);
    function push(a: number, b: number) {
      while (a < b && /\s/.test(para[a]!)) a++;
      if (b > a) out.push({ start: base + a, end: base + b, paragraph: i + 1 });
    }
    base += para.length + 2;
  });
  return out;
}

/** Comparison form for quote checks: typographic quotes and dashes plain, whitespace collapsed. */
export function quoteKey(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/…/g, "...")
    .replace(/\s+/g, " ")
    .trim();
}

/** Does the quote occur in the text, ignoring whitespace and typographic quote differences? */
export function quoteOccursIn(quote: string, text: string): boolean {
  const q = quoteKey(quote);
  return q.length > 0 && quoteKey(text).includes(q);
}
