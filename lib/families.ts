/**
 * Monuments packed into batches of whole families — a monument with its components, theirs, and so
 * on — so that a status derived a batch at a time is the one derived over all of them at once (a
 * parent's status summarises its components'). Rows whose parent is not among them start a family
 * of their own; a parent loop (refused by the editor's form, possible in imported data) is one
 * family, whichever of its members the walk starts from. Batches keep the rows' order of first
 * appearance and hold at most `size` monuments, unless one family alone is larger.
 */
export function familyBatches(rows: { id: string; parentId: string | null }[], size: number): string[][] {
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  const rootOf = (id: string): string => {
    const path = [id];
    for (;;) {
      const parent = parentOf.get(path[path.length - 1]!);
      if (!parent || !parentOf.has(parent)) return path[path.length - 1]!;
      const loop = path.indexOf(parent);
      if (loop >= 0) return path.slice(loop).sort()[0]!;
      path.push(parent);
    }
  };
  const families = new Map<string, string[]>();
  for (const { id } of rows) {
    const root = rootOf(id);
    const family = families.get(root);
    if (family) family.push(id);
    else families.set(root, [id]);
  }
  const batches: string[][] = [];
  let current: string[] = [];
  for (const family of families.values()) {
    if (current.length && current.length + family.length > size) {
      batches.push(current);
      current = [];
    }
    current = current.concat(family);
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * The first `n` top-level monuments (no parent among `monuments`) with their components, in the
 * given order — what an overview lists before it links to the paged list — and how many top-level
 * monuments there are in all.
 */
export function firstFamilies<M extends { id: string; parentId: string | null }>(monuments: M[], n: number): { shown: M[]; topLevel: number } {
  const topLevel = monuments.filter((m) => !m.parentId);
  const listed = new Set(topLevel.slice(0, n).map((m) => m.id));
  return { shown: monuments.filter((m) => listed.has(m.id) || (m.parentId !== null && listed.has(m.parentId))), topLevel: topLevel.length };
}
