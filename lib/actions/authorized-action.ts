import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { getSessionUser, type SessionUser } from "@/lib/auth";
import { revalidatePublicPages } from "@/lib/cache-tags";
import { editorDb, type Tx } from "@/lib/db";
import { can, canChangeRow, type Permission, type RowState } from "@/lib/permissions";
import type { Json } from "@/lib/revision-diff";
import type { ActionState } from "./action-state";

// THE way to change data. Every server action is `authorizedAction(...)`: it loads the session,
// checks the named permission, parses the form with the zod schema, runs the write in ONE
// transaction (nothing partial is saved), lets the write record its revisions, and revalidates
// the prerendered public pages. e2e/admin/security-sweep.spec.ts calls every action in the build
// anonymously and as an editor and checks that the database did not change.

export type RevisionEntry = {
  entityType: string;
  entityId: string;
  version: number;
  action: "create" | "update" | "archive" | "restore" | "publish" | "unpublish" | "submit";
  before: Json | null;
  after: Json | null;
};

export type ActionContext<I> = {
  tx: Tx;
  user: SessionUser;
  input: I;
  /** Row-level check against the record as loaded: throws Refused if the role may not touch it. */
  authorize(permission: Permission, state: RowState | null): void;
  record(entry: RevisionEntry): Promise<void>;
};

/** Ends the action with a message and the form kept as typed. */
export class ActionFailure extends Error {
  constructor(public state: Omit<ActionState, "values">) {
    super(state.message);
  }
}

export const refused = (message: string) => new ActionFailure({ status: "refused", message });

export type ActionResult = { message: string; redirectTo?: string };

function valuesOf(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** Form fields as an object; a repeated name (checkboxes) becomes a list. */
function inputOf(formData: FormData): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    input[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return input;
}

export function authorizedAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  run: (ctx: ActionContext<z.output<S>>) => Promise<ActionResult>,
) {
  return async function action(_prev: ActionState, formData: FormData): Promise<ActionState> {
    const values = formData instanceof FormData ? valuesOf(formData) : {};
    const user = await getSessionUser();
    if (!user) return { status: "refused", message: "Your session has ended: sign in again to save. Nothing was changed.", values };
    if (!can(user.role, permission)) {
      return { status: "refused", message: `Your role (${user.role}) may not do this. Nothing was changed.`, values };
    }
    const parsed = schema.safeParse(formData instanceof FormData ? inputOf(formData) : {});
    if (!parsed.success) {
      const { fieldErrors, formErrors } = z.flattenError(parsed.error as z.ZodError<Record<string, unknown>>);
      return {
        status: "invalid",
        message: formErrors[0] ?? "Some fields need attention: see the messages next to them. Nothing was saved.",
        fieldErrors: fieldErrors as Record<string, string[]>,
        values,
      };
    }
    let result: ActionResult;
    try {
      result = await editorDb().$transaction(
        async (tx) =>
          run({
            tx,
            user,
            input: parsed.data,
            authorize(p, state) {
              if (!canChangeRow(user.role, p, state)) {
                throw refused(
                  state === "PUBLISHED"
                    ? "This record is published: only a reviewer can change it. Nothing was changed."
                    : `Your role (${user.role}) may not do this. Nothing was changed.`,
                );
              }
            },
            async record(entry) {
              await tx.revision.create({
                data: {
                  ...entry,
                  actorId: user.id,
                  before: entry.before ?? Prisma.JsonNull,
                  after: entry.after ?? Prisma.JsonNull,
                },
              });
            },
          }),
        { timeout: 20_000 },
      );
    } catch (err) {
      if (err instanceof ActionFailure) return { ...err.state, values };
      console.error(err);
      return { status: "error", message: "The save failed and nothing was changed. Try again; if it keeps failing, tell an admin.", values };
    }
    // Public pages are prerendered from published data: refresh them all after any change.
    await revalidatePublicPages();
    if (result.redirectTo) redirect(result.redirectTo);
    return { status: "ok", message: result.message };
  };
}

export type ReadState<T> = { status: "idle" | "ok" | "invalid" | "refused" | "error"; message?: string; fieldErrors?: Record<string, string[]>; data?: T };

/**
 * The same gate for a server action that only reads (the article intake's analysis): session,
 * permission, the zod schema; no transaction, no revision, no revalidation, because nothing changes.
 * Refusals read as the writes' do, so the security sweep treats both alike.
 */
export function authorizedRead<S extends z.ZodType, T>(permission: Permission, schema: S, run: (input: z.output<S>, user: SessionUser) => Promise<T>) {
  return async function read(_prev: ReadState<T>, formData: FormData): Promise<ReadState<T>> {
    const user = await getSessionUser();
    if (!user) return { status: "refused", message: "Your session has ended: sign in again. Nothing was changed." };
    if (!can(user.role, permission)) return { status: "refused", message: `Your role (${user.role}) may not do this. Nothing was changed.` };
    const parsed = schema.safeParse(formData instanceof FormData ? inputOf(formData) : {});
    if (!parsed.success) {
      const { fieldErrors, formErrors } = z.flattenError(parsed.error as z.ZodError<Record<string, unknown>>);
      return { status: "invalid", message: formErrors[0] ?? "Some fields need attention.", fieldErrors: fieldErrors as Record<string, string[]> };
    }
    try {
      return { status: "ok", data: await run(parsed.data, user) };
    } catch (err) {
      if (err instanceof ActionFailure) return { status: err.state.status === "ok" ? "error" : (err.state.status as "invalid"), message: err.state.message };
      console.error(err);
      return { status: "error", message: "Reading the article failed. Try again, or paste its text." };
    }
  };
}
