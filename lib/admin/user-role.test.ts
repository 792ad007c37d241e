import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeUserRole, type RoleChange } from "./user-role";

// Two admins demote each other at the same moment (issue 12, finding 8). Needs a real PostgreSQL
// server: CI runs the unit tests a second time with DATABASE_URL set (.ci/run). PGlite serves one
// session, so there the two transactions could not overlap at all.
const onPostgres = !!process.env.DATABASE_URL;

describe.skipIf(!onPostgres)("the last-admin guard under concurrency (PostgreSQL)", () => {
  const tag = `role-race-${Date.now()}`;
  afterAll(async () => {
    await db().user.deleteMany({ where: { email: { startsWith: tag } } });
    await db().$disconnect();
  });

  it("leaves one admin when two admins demote each other at once", async (ctx) => {
    if ((await db().user.count({ where: { role: "admin" } })) > 0) ctx.skip(); // needs to be the only admins
    const [a, b] = await Promise.all(
      ["a", "b"].map((n) => db().user.create({ data: { email: `${tag}-${n}@test.local`, name: n, role: "admin", emailVerified: true }, select: { id: true } })),
    );
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // Each transaction stays open a while after its change, so the other runs its check meanwhile.
    const demote = (id: string) =>
      db().$transaction(async (tx) => {
        const result = await changeUserRole(tx, id, "editor");
        await sleep(400);
        return result;
      });
    const results: RoleChange[] = await Promise.all([demote(a!.id), sleep(100).then(() => demote(b!.id))]);
    expect(results.map((r) => r.status).sort()).toEqual(["changed", "last-admin"]);
    expect(await db().user.count({ where: { role: "admin", email: { startsWith: tag } } })).toBe(1);
  });
});
