"use server";
import { z } from "zod";
import { changeUserRole } from "@/lib/admin/user-role";
import { ROLES } from "@/lib/permissions";
import { ActionFailure, authorizedAction } from "./authorized-action";

/** Admins change roles. The last admin cannot demote themselves out of the building. */
export const setUserRole = authorizedAction(
  "user.manage",
  z.object({ userId: z.string().min(1), role: z.enum(ROLES, { error: "Choose a role." }) }),
  async ({ tx, input, record }) => {
    const change = await changeUserRole(tx, input.userId, input.role);
    if (change.status === "missing") throw new ActionFailure({ status: "error", message: "That account no longer exists." });
    if (change.status === "last-admin") throw new ActionFailure({ status: "refused", message: "This is the only admin: make someone else admin first." });
    if (change.status === "unchanged") return { message: `${change.email} is already ${input.role}.` };
    const count = await tx.revision.count({ where: { entityType: "user", entityId: input.userId } });
    await record({ entityType: "user", entityId: input.userId, version: count + 1, action: "update", before: { email: change.email, role: change.before }, after: { email: change.email, role: change.after } });
    return { message: `${change.email} is now ${input.role}.` };
  },
);
