// What the public may see: published, not archived. One definition, used by every public query.
export const visible = { state: "PUBLISHED", archivedAt: null } as const;
