/** Why a list shows what it shows (a bad page number, an unknown filter), read out when it appears. */
export function PageProblems({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <ul role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900" data-testid="page-problems">
      {problems.map((p) => <li key={p}>{p}</li>)}
    </ul>
  );
}
