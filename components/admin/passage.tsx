/** A quoted passage as text (never markup) with the words around it, the quote itself marked. */
export function Passage({ q }: { q: { quote: string; prefix: string; suffix: string; paragraph?: number | null } }) {
  return (
    <blockquote className="border-l-4 border-stone-300 pl-3 text-sm" data-testid="passage">
      {q.prefix ? <span className="text-stone-500">…{q.prefix}</span> : null}
      <mark className="bg-amber-100">{q.quote}</mark>
      {q.suffix ? <span className="text-stone-500">{q.suffix}…</span> : null}
      {q.paragraph ? <span className="ml-2 text-xs text-stone-500">(paragraph {q.paragraph})</span> : null}
    </blockquote>
  );
}
