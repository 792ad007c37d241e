import type { Change } from "@/lib/revision-diff";

/** What every server action returns to its form (useActionState). Plain data, safe for the client. */
export type ActionState = {
  status: "idle" | "ok" | "invalid" | "refused" | "conflict" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The submitted values, so a refused or conflicting save loses nothing the user typed. */
  values?: Record<string, string>;
  /** conflict: what changed since the user loaded the record, and the version to save over. */
  changes?: Change[];
  currentVersion?: number;
  /** A duplicate found on save (e.g. a source with the same URL), offered for reuse. */
  duplicate?: { field: string; id: string; title: string };
  /** Recorded occurrences a new account may belong to, offered before another one is created. */
  occurrences?: { id: string; label: string }[];
};

export const idle: ActionState = { status: "idle" };
