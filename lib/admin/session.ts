import "server-only";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { can, type Permission } from "@/lib/permissions";

/**
 * Every admin page calls this before reading anything: unpublished records are not public.
 * Anonymous visitors go to the sign-in page; a signed-in role without the permission gets a 404-like
 * refusal rather than a hint of what exists.
 */
export async function requireUser(permission: Permission, next = "/admin") {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  if (!can(user.role, permission)) redirect("/admin?refused=1");
  return user;
}
