import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import { parseIsoDay, toIsoDay } from "@/lib/dates";
import type { RowState } from "@/lib/permissions";
import type { Json } from "@/lib/revision-diff";
import type { EntityType } from "./entity-types";

/** A record as the wrapper and the history see it: its state for permission checks, and a snapshot. */
export type LoadedRow<I> = {
  id: string;
  title: string;
  version: number;
  archivedAt: Date | null;
  /** The record's own state, or for a citation the state of what it supports (the row-level rule). */
  state: RowState | null;
  /** The form-shaped content: what a revision stores and what "restore this version" writes back. */
  content: I;
};

/** The write side of one record type, used only inside the action wrapper's transaction. */
export interface EntityStore<S extends z.ZodType = z.ZodType> {
  type: EntityType;
  schema: S;
  load(tx: Tx, id: string): Promise<LoadedRow<z.output<S>> | null>;
  create(tx: Tx, input: z.output<S>): Promise<string>;
  /** Writes the content and bumps the version; fails if the version moved (optimistic concurrency). */
  update(tx: Tx, id: string, version: number, input: z.output<S>): Promise<void>;
  /** Sets archivedAt (null restores) and bumps the version. */
  archive(tx: Tx, id: string, version: number, archivedAt: Date | null): Promise<void>;
  /**
   * For records public through what they point at (citations): the state of the record the input
   * points at, so that the row-level rule also applies to a new or re-pointed row.
   */
  stateOf?(tx: Tx, input: z.output<S>): Promise<RowState | null>;
  /** Stateful types only: moves the record through draft → in review → published. */
  setState?(tx: Tx, id: string, version: number, state: RowState, by: string): Promise<void>;
}

export const day = (d: Date | null): string | null => (d ? toIsoDay(d) : null);
export const date = (s: string | null): Date | null => (s ? parseIsoDay(s) : null);

/** A snapshot for the Revision log: the content plus the publication facts a reader cares about. */
export function snapshotOf<I>(row: LoadedRow<I>): Json {
  return JSON.parse(JSON.stringify({ ...row.content, state: row.state, archivedAt: row.archivedAt })) as Json;
}

/** Thrown when the row's version is not the one the user loaded. */
export class VersionConflict extends Error {
  constructor() {
    super("version conflict");
  }
}

/** `update ... where id and version` touched nothing: someone saved in between. */
export function expectOne(result: { count: number }) {
  if (result.count !== 1) throw new VersionConflict();
}
