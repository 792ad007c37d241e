import { changeState, setArchived } from "@/lib/actions/records";
import { STATEFUL, type EntityType } from "@/lib/admin/entity-types";
import { can, canChangeRow, type Role, type RowState } from "@/lib/permissions";
import { ActionButton } from "./action-button";

type Row = { id: string; version: number; state: RowState | null; archived: boolean };

/** The workflow buttons a role may use on this record. Hiding a button is a courtesy: the actions check again. */
export function RecordControls({ type, row, role }: { type: EntityType; row: Row; role: Role }) {
  const target = { entity: type, id: row.id, version: row.version };
  const publisher = can(role, "record.publish");
  return (
    <div className="flex flex-wrap items-start gap-2" data-testid="record-controls">
      {STATEFUL.has(type) && !row.archived ? (
        <>
          {row.state === "DRAFT" ? <ActionButton action={changeState} hidden={{ ...target, to: "IN_REVIEW" }} label="Send for review" tone="primary" /> : null}
          {row.state === "IN_REVIEW" ? <ActionButton action={changeState} hidden={{ ...target, to: "DRAFT" }} label="Back to draft" /> : null}
          {publisher && row.state !== "PUBLISHED" ? <ActionButton action={changeState} hidden={{ ...target, to: "PUBLISHED" }} label="Publish" tone="primary" /> : null}
          {publisher && row.state === "PUBLISHED" ? <ActionButton action={changeState} hidden={{ ...target, to: "DRAFT" }} label="Unpublish" /> : null}
        </>
      ) : null}
      {canChangeRow(role, "record.archive", row.state) ? (
        row.archived ? (
          <ActionButton action={setArchived} hidden={{ ...target, archived: "no" }} label="Restore from archive" />
        ) : (
          <ActionButton action={setArchived} hidden={{ ...target, archived: "yes" }} label="Archive" tone="danger" />
        )
      ) : null}
    </div>
  );
}
