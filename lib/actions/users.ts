"use server";
import { z } from "zod";
import { ROLES } from "@/lib/permissions";
import { ActionFailure, authorizedAction } from "./authorized-action";

/** Admins change roles. The last admin cannot demote themselves out of the building. */
export const setUserRole = authorizedAction(
  "user.manage",
  z.object({ userId: z.string().min(1), role: z.enum(ROLES, { error: "Choose a role." }) }),
  async ({ tx, input, record }) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, role: true, updatedAt: true } });
    if (!user) throw new ActionFailure({ status: "error", message: "That account no longer exists." });
    if (user.role === input.role) return { message: `${user.email} is already ${input.role}.` };
    if (user.role === "admin" && (await tx.user.count({ where: { role: "admin" } })) === 1) {
      throw new ActionFailure({ status: "refused", message: "This is the only admin: make someone else admin first." });
    }
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    const count = await tx.revision.count({ where: { entityType: "user", entityId: user.id } });
    await record({ entityType: "user", entityId: user.id, version: count + 1, action: "update", before: { email: user.email, role: user.role }, after: { email: user.email, role: input.role } });
    return { message: `${user.email} is now ${input.role}.` };
  },
);
