import { describe, expect, it } from "vitest";
import { can, canChangeRow, isRole, transitionPermission } from "./permissions";

describe("can", () => {
  it("gives nothing to the anonymous", () => {
    expect(can(null, "draft.read")).toBe(false);
    expect(can(undefined, "record.edit")).toBe(false);
  });
  it("lets editors edit but not publish or manage users", () => {
    expect(can("editor", "record.edit")).toBe(true);
    expect(can("editor", "record.archive")).toBe(true);
    expect(can("editor", "record.publish")).toBe(false);
    expect(can("editor", "user.manage")).toBe(false);
  });
  it("lets reviewers publish but not manage users; admins do everything", () => {
    expect(can("reviewer", "record.publish")).toBe(true);
    expect(can("reviewer", "user.manage")).toBe(false);
    expect(can("admin", "user.manage")).toBe(true);
    expect(can("admin", "record.publish")).toBe(true);
  });
});

describe("canChangeRow", () => {
  it("keeps published records out of an editor's reach", () => {
    expect(canChangeRow("editor", "record.edit", "DRAFT")).toBe(true);
    expect(canChangeRow("editor", "record.edit", "IN_REVIEW")).toBe(true);
    expect(canChangeRow("editor", "record.edit", "PUBLISHED")).toBe(false);
    expect(canChangeRow("editor", "record.archive", "PUBLISHED")).toBe(false);
    expect(canChangeRow("reviewer", "record.edit", "PUBLISHED")).toBe(true);
  });
  it("never lets the anonymous change even a stateless row", () => {
    expect(canChangeRow(null, "record.edit", null)).toBe(false);
    expect(canChangeRow("editor", "record.edit", null)).toBe(true);
  });
});

describe("transitionPermission", () => {
  it("asks for publish rights to publish or unpublish, edit rights to submit", () => {
    expect(transitionPermission("DRAFT", "IN_REVIEW")).toBe("record.edit");
    expect(transitionPermission("IN_REVIEW", "PUBLISHED")).toBe("record.publish");
    expect(transitionPermission("DRAFT", "PUBLISHED")).toBe("record.publish");
    expect(transitionPermission("PUBLISHED", "DRAFT")).toBe("record.publish");
    expect(transitionPermission("PUBLISHED", "PUBLISHED")).toBeNull();
  });
});

describe("isRole", () => {
  it("accepts only the three roles", () => {
    expect(isRole("admin")).toBe(true);
    expect(isRole("Admin")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
