const LABELS: Record<string, string> = { DRAFT: "draft", IN_REVIEW: "in review", PUBLISHED: "published" };

export function StateBadge({ state, archived }: { state: string | null; archived?: boolean }) {
  return (
    <span className="flex gap-1 text-xs">
      {state ? <span data-testid="state" className="rounded bg-stone-200 px-1.5 py-0.5">{LABELS[state] ?? state}</span> : null}
      {archived ? <span className="rounded bg-red-100 px-1.5 py-0.5 text-red-900">archived</span> : null}
    </span>
  );
}
