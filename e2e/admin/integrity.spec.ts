import { expect, test } from "@playwright/test";
import { ROLE_STATE, withDb } from "./helpers";

// Edits that would leave the published record inconsistent are refused with a reason.

// Published monuments are the reviewer's to change.
test.use({ storageState: ROLE_STATE.reviewer });

test("a monument cannot be made part of its own component, and nothing is saved", async ({ page }) => {
  const theatre = await withDb(async (c) => (await c.query(`SELECT id, "parentId", version FROM "Monument" WHERE slug = 'roman-theatre'`)).rows[0] as { id: string; parentId: string | null; version: number });
  await page.goto(`/admin/monuments/${theatre.id}`);
  await page.getByLabel("Part of").selectOption({ label: "Roman Theatre facade" });
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.locator("#f-parentId-error")).toHaveText("The monument chosen is one of this monument's own parts: a monument cannot be part of its own part.");
  const after = await withDb(async (c) => (await c.query(`SELECT "parentId", version FROM "Monument" WHERE id = $1`, [theatre.id])).rows[0] as { parentId: string | null; version: number });
  expect(after).toEqual({ parentId: theatre.parentId, version: theatre.version });
  // The public page still reads: the theatre with its facade as a component.
  await page.goto("/monuments/roman-theatre");
  await expect(page.getByText("Components:")).toBeVisible();
});

test("an actor that published claims name is not archived out from under them", async ({ page }) => {
  const actor = await withDb(async (c) => (await c.query(`SELECT id FROM "Actor" WHERE slug = 'islamic-state'`)).rows[0] as { id: string });
  await page.goto(`/admin/actors/${actor.id}`);
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByTestId("form-status").filter({ hasText: "Published claims" })).toHaveText(
    "Published claims or control periods name this actor. Attribute them to another actor, or unpublish them, before archiving it.",
  );
  const after = await withDb(async (c) => (await c.query(`SELECT "archivedAt" FROM "Actor" WHERE id = $1`, [actor.id])).rows[0] as { archivedAt: Date | null });
  expect(after.archivedAt).toBeNull();
});
