// Changing an account's role, with the one rule that protects the site: there is always an admin.
// Not "server-only" so the PostgreSQL concurrency test (user-role.test.ts) can drive it directly.
import type { Role } from "@/lib/permissions";
import type { Tx } from "@/lib/db";

export type RoleChange =
  | { status: "changed"; email: string; before: Role | string; after: Role }
  | { status: "unchanged"; email: string }
  | { status: "missing" }
  | { status: "last-admin" };

/**
 * Sets the role inside the caller's transaction. The admin rows are locked first (SELECT … FOR
 * UPDATE, in id order so two callers lock alike): two admins demoting each other at once would
 * otherwise each count two admins before either commits, and both succeed — leaving none. With the
 * lock, the second waits for the first to commit, then sees one admin left and is refused.
 */
export async function changeUserRole(tx: Tx, userId: string, role: Role): Promise<RoleChange> {
  const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'admin' ORDER BY id FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
  if (!user) return { status: "missing" };
  if (user.role === role) return { status: "unchanged", email: user.email };
  if (user.role === "admin" && admins.length <= 1) return { status: "last-admin" };
  await tx.user.update({ where: { id: user.id }, data: { role } });
  return { status: "changed", email: user.email, before: user.role, after: role };
}
