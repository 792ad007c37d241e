import type { RowState } from "@/lib/permissions";

// What a form's buttons say, from the state the record will land in: an editor must not press
// "Save draft" and find the record in review, or a reviewer press "Save" and find it public.

export type SaveButton = { label: string; submit: "draft" | "review" | "keep"; primary?: boolean };

/**
 * `stateful`: the record has a publication state of its own. `state`: the record's state, or for
 * a quote the state of what it supports (it is public when that is); null for a new record.
 */
export function saveButtons(stateful: boolean, state: RowState | null): SaveButton[] {
  if (stateful && (state === null || state === "DRAFT")) {
    return [
      { label: "Save draft", submit: "draft" },
      { label: "Save and send for review", submit: "review", primary: true },
    ];
  }
  if (state === "PUBLISHED") return [{ label: "Save and publish", submit: "keep", primary: true }];
  if (state === "IN_REVIEW") return [{ label: stateful ? "Save (stays in review)" : "Save (in review with what it supports)", submit: "keep", primary: true }];
  if (state === "DRAFT") return [{ label: "Save draft", submit: "keep", primary: true }];
  return [{ label: "Save", submit: "keep", primary: true }];
}
