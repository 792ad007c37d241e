import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DISABLED_AUTH_PATHS } from "../../lib/auth-paths";
import { fingerprint, ROLE_STATE, withDb } from "./helpers";
import { callAction, serverActionsInBuild } from "./server-actions";

// Every server action in the build is called anonymously and as an editor (the least privileged
// role) against records the editor may not touch: each must answer "refused" and the database
// must be byte-for-byte unchanged. Positive controls (the same calls as a permitted role) prove
// the requests are well-formed, so a refusal is a refusal and not a malformed request.

const stamp = Date.now();
type Row = { id: string; version: number };

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  return withDb(async (c) => (await c.query(sql, params)).rows[0] as T);
}

function reportFields(label: string) {
  return {
    monumentMode: "existing",
    monumentId: "",
    datePrecision: "UNKNOWN",
    method: "UNKNOWN",
    confidence: "REPORTED",
    description: `Sweep report ${label} ${stamp}`,
    sourceMode: "new",
    url: `https://example.org/sweep-${label}-${stamp}`,
    title: `Sweep source ${label} ${stamp}`,
    publisher: "Sweep",
    language: "en",
    kind: "NEWS_ARTICLE",
    publishedPrecision: "UNKNOWN",
    quote: `Sweep quote ${label}`,
    submit: "draft",
  };
}

test("every server action refuses the anonymous and the under-privileged, and changes nothing", async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const actions = serverActionsInBuild();
  const byName = new Map(actions.map((a) => [a.name, a]));
  const ctx = async (role?: keyof typeof ROLE_STATE): Promise<APIRequestContext> =>
    playwright.request.newContext({ baseURL, storageState: role ? ROLE_STATE[role] : undefined });
  const [anonymous, editor, reviewer] = await Promise.all([ctx(), ctx("editor"), ctx("reviewer")]);
  const act = (request: APIRequestContext, name: string, fields: Record<string, string | string[]>) => {
    const action = byName.get(name);
    if (!action) throw new Error(`no server action named ${name} in the build`);
    return callAction(request, action, fields);
  };

  // Positive controls: an editor files two draft reports, a reviewer publishes the first.
  const monument = await one<Row & { siteId: string }>(`SELECT id, version, "siteId" FROM "Monument" WHERE state = 'PUBLISHED' ORDER BY slug LIMIT 1`);
  for (const label of ["a", "b"]) {
    const res = await act(editor, "createReport", { ...reportFields(label), monumentId: monument.id });
    expect(res.body, "editor files a report").not.toContain('"status":"refused"');
    expect(res.location, JSON.stringify({ status: res.status, headers: res.headers, body: res.body.slice(0, 400) })).toMatch(/\/admin\/events\//);
  }
  const a = await one<Row>(`SELECT id, version FROM "DamageEvent" WHERE description = $1`, [`Sweep report a ${stamp}`]);
  const b = await one<Row>(`SELECT id, version FROM "DamageEvent" WHERE description = $1`, [`Sweep report b ${stamp}`]);
  const published = await act(reviewer, "changeState", { entity: "damageEvent", id: a.id, version: String(a.version), to: "PUBLISHED" });
  expect(published.body).not.toContain('"status":"refused"');
  expect((await one<{ state: string }>(`SELECT state FROM "DamageEvent" WHERE id = $1`, [a.id])).state).toBe("PUBLISHED");

  // Targets the editor may not change: published rows (or rows the public sees through them).
  const event = await one<Row & { monumentId: string }>(`SELECT id, version, "monumentId" FROM "DamageEvent" WHERE id = $1`, [a.id]);
  const citation = await one<Row & { sourceId: string }>(`SELECT id, version, "sourceId" FROM "Citation" WHERE "damageEventId" = $1`, [a.id]);
  const source = await one<Row>(`SELECT id, version FROM "Source" WHERE id = $1`, [citation.sourceId]);
  const actor = await one<Row>(`SELECT a.id, a.version FROM "Actor" a JOIN "DamageEvent" e ON e."actorId" = a.id WHERE e.state = 'PUBLISHED' LIMIT 1`);
  const period = await one<Row & { actorId: string }>(`SELECT id, version, "actorId" FROM "ControlPeriod" WHERE state = 'PUBLISHED' LIMIT 1`);
  const revision = await one<{ id: string }>(`SELECT id FROM "Revision" WHERE "entityId" = $1 AND action = 'create'`, [a.id]);
  const editorUser = await one<{ id: string }>(`SELECT id FROM "User" WHERE email = 'editor@heritage.local'`);
  const v = (r: Row) => String(r.version);

  const payloads: Record<string, Record<string, string | string[]>> = {
    saveDamageEvent: { id: event.id, version: v(event), monumentId: event.monumentId, datePrecision: "UNKNOWN", method: "UNKNOWN", confidence: "REPORTED", description: "swept" },
    saveMonument: { id: monument.id, version: v(monument), name: "Swept", siteId: monument.siteId, type: "TEMPLE", description: "swept", locationPrecision: "UNKNOWN" },
    saveSource: { id: source.id, version: v(source), title: "Swept", publisher: "Swept", publishedPrecision: "UNKNOWN", language: "en", kind: "NEWS_ARTICLE" },
    saveCitation: { id: citation.id, version: v(citation), sourceId: citation.sourceId, damageEventId: event.id, quote: "swept" },
    saveActor: { id: actor.id, version: v(actor), name: "Swept", kind: "ARMED_GROUP" },
    saveControlPeriod: {
      id: period.id, version: v(period), actorId: period.actorId, startEarliest: "2015-05-20", startLatest: "2015-05-20",
      startPrecision: "EXACT_DAY", confidence: "REPORTED", description: "swept",
    },
    setArchived: { entity: "damageEvent", id: event.id, version: v(event), archived: "yes" },
    changeState: { entity: "damageEvent", id: event.id, version: v(event), to: "DRAFT" },
    bulkPublish: { items: [`damageEvent:${b.id}:${b.version}`] },
    restoreVersion: { revisionId: revision.id, version: v(event) },
    createReport: { ...reportFields("refused"), monumentId: monument.id },
    setUserRole: { userId: editorUser.id, role: "admin" },
    analyzeIntake: { mode: "text", body: "The Temple of Bel was destroyed on Sunday." },
    saveIntake: {
      submit: "draft",
      document: JSON.stringify({
        existingSourceId: citation.sourceId, source: null, origin: "paste", text: "The Temple of Bel was destroyed.",
        claims: [{ monumentId: monument.id, sameAsId: null, dateEarliest: null, dateLatest: null, datePrecision: "UNKNOWN", dateText: null, method: "UNKNOWN", extent: "DAMAGED",
          actorId: null, attribution: null, confidence: "REPORTED", figureLabel: null, figureValue: null, description: "swept", quotes: [{ quote: "The Temple of Bel was destroyed.", prefix: "", suffix: "", paragraph: 1 }] }],
      }),
    },
  };
  // Editors may file draft reports: no role below editor exists, so only the anonymous is refused.
  const editorMay = new Set(["createReport", "analyzeIntake", "saveIntake"]);

  const missing = actions.filter((x) => !payloads[x.name]).map((x) => `${x.file}#${x.name}`);
  expect(missing, "a new server action needs a payload in this sweep").toEqual([]);

  const before = await withDb(fingerprint);
  const refusals: string[] = [];
  for (const action of actions) {
    for (const [who, request] of [["anonymous", anonymous], ["editor", editor]] as const) {
      if (who === "editor" && editorMay.has(action.name)) continue;
      const res = await callAction(request, action, payloads[action.name]!);
      expect(res.body, `${action.name} as ${who}`).toContain('"status":"refused"');
      // The editor is refused for its role or the row, not because its session was lost.
      if (who === "editor") expect(res.body, `${action.name} as editor`).not.toContain("Your session has ended");
      expect(res.location, `${action.name} as ${who} must not redirect`).toBe("");
      refusals.push(`${action.name}/${who}`);
    }
  }
  // Rows the public sees through another: a new quote under a published event is the reviewer's.
  const quoted = await callAction(editor, byName.get("saveCitation")!, { sourceId: citation.sourceId, damageEventId: event.id, quote: `swept new ${stamp}` });
  expect(quoted.body, "editor quoting under a published event").toContain('"status":"refused"');
  refusals.push("saveCitation(new, under a published event)/editor");

  // better-auth's own endpoints, other than sign-in, sign-out and the session, are not served:
  // they would change accounts outside the wrapper (e.g. an editor renaming themselves).
  let authRefusals = 0;
  for (const path of DISABLED_AUTH_PATHS.filter((p) => !p.includes(":"))) {
    const res = await editor.post(`/api/auth${path}`, { data: { name: "Swept", newPassword: "swept-swept-swept", currentPassword: "heritage-demo", email: "x@example.org", password: "swept-swept-swept" }, headers: { Origin: baseURL! } });
    expect(res.status(), `/api/auth${path}`).toBe(404);
    authRefusals++;
  }

  expect(await withDb(fingerprint)).toEqual(before);
  console.log(`security sweep: ${actions.length} server actions in the build, ${refusals.length} refused calls (anonymous and editor), ${authRefusals} account endpoints not served, database unchanged`);

  // Clean up the positive control through the app: archive the published test claim.
  const fresh = await one<Row>(`SELECT id, version FROM "DamageEvent" WHERE id = $1`, [a.id]);
  const archived = await act(reviewer, "setArchived", { entity: "damageEvent", id: fresh.id, version: v(fresh), archived: "yes" });
  expect(archived.body).not.toContain('"status":"refused"');
  await Promise.all([anonymous.dispose(), editor.dispose(), reviewer.dispose()]);
});

test("admin pages and drafts are not readable without the right role", async ({ playwright, baseURL }) => {
  const draft = await one<Row & { description: string }>(`SELECT id, version, description FROM "DamageEvent" WHERE state <> 'PUBLISHED' AND "archivedAt" IS NULL LIMIT 1`);
  // Every admin page in the build, its dynamic segments filled with the draft.
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR ?? ".next-e2e", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const pages = Object.keys(manifest)
    .filter((p) => p.startsWith("/(admin)/") && p.endsWith("/page"))
    .map((p) => p.replace("/(admin)", "").replace(/\/page$/, "").replace("[entity]", "events").replace("[id]", draft?.id ?? "x"));
  expect(pages.length).toBeGreaterThanOrEqual(8);
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const page of pages) {
    const res = await anonymous.get(page, { maxRedirects: 0 });
    expect(res.status(), page).toBe(307);
    expect(res.headers()["location"], page).toMatch(/^\/sign-in\?next=/);
    if (draft) expect(await res.text()).not.toContain(draft.description);
  }
  const editor = await playwright.request.newContext({ baseURL, storageState: ROLE_STATE.editor });
  const users = await editor.get("/admin/users", { maxRedirects: 0 });
  expect(users.status()).toBe(307);
  expect(users.headers()["location"]).toBe("/admin?refused=1");
  console.log(`draft sweep: ${pages.length} admin pages refused to the anonymous; /admin/users refused to an editor`);
  await Promise.all([anonymous.dispose(), editor.dispose()]);
});
