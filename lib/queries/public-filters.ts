// What the public may see: published, not archived. One definition, used by every public query.
export const visible = { state: "PUBLISHED", archivedAt: null } as const;

/**
 * A citation the public may see (its source aside): not archived, and what it supports is public —
 * a published event of a published monument, a published control period, a published monument's
 * own facts, or the site.
 */
export const visibleCitation = {
  archivedAt: null,
  OR: [{ damageEvent: { ...visible, monument: visible } }, { controlPeriod: visible }, { monument: visible }, { siteId: { not: null } }],
};
