// Who may do what. Pure: the action wrapper (lib/actions/authorized-action.ts) and the admin pages
// ask these functions; nothing else decides.

export const ROLES = ["editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export type Permission =
  | "draft.read" // see unpublished records, history, the admin screens
  | "record.edit" // create and change records, send them for review
  | "record.archive" // archive (delete, reversibly) and restore
  | "record.publish" // publish and unpublish
  | "user.manage"; // change people's roles

const GRANTS: Record<Role, readonly Permission[]> = {
  editor: ["draft.read", "record.edit", "record.archive"],
  reviewer: ["draft.read", "record.edit", "record.archive", "record.publish"],
  admin: ["draft.read", "record.edit", "record.archive", "record.publish", "user.manage"],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && GRANTS[role].includes(permission);
}

export type RowState = "DRAFT" | "IN_REVIEW" | "PUBLISHED";

/**
 * Row-level rule, checked against the record as loaded from the database: what the public already
 * sees changes only through a reviewer. An editor may change, archive or restore drafts and records
 * in review; a published record (or one whose parent record is published, for citations) is the
 * reviewer's. Records without a publication state (actors) follow their own permission only.
 */
export function canChangeRow(role: Role | null | undefined, permission: Permission, state: RowState | null): boolean {
  if (!can(role, permission)) return false;
  if (state === "PUBLISHED" && permission !== "record.publish") return can(role, "record.publish");
  return true;
}

/** The transitions of the review workflow and the permission each needs. */
export function transitionPermission(from: RowState, to: RowState): Permission | null {
  if (from === "DRAFT" && to === "IN_REVIEW") return "record.edit";
  if (from === "IN_REVIEW" && to === "DRAFT") return "record.edit"; // withdraw or send back
  if (to === "PUBLISHED" && from !== "PUBLISHED") return "record.publish";
  if (from === "PUBLISHED" && to !== "PUBLISHED") return "record.publish";
  return null;
}
