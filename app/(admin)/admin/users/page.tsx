import type { Metadata } from "next";
import { RoleForm } from "@/components/admin/role-form";
import { setUserRole } from "@/lib/actions/users";
import { listUsers } from "@/lib/admin/read";
import { requireUser } from "@/lib/admin/session";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireUser("user.manage", "/admin/users");
  const users = await listUsers();
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-2xl font-semibold">Users and roles</h1>
      <p className="text-sm text-stone-700">New accounts are created on the server with <code>npm run user:create</code>.</p>
      <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white">
        {users.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center gap-3 p-2">
            <span className="w-64">{u.email}</span>
            <RoleForm action={setUserRole} userId={u.id} role={u.role} email={u.email} />
          </li>
        ))}
      </ul>
    </div>
  );
}
