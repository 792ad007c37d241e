import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export type ServerAction = { id: string; file: string; name: string; page: string };

/** Every server action in the production build, from Next's own manifest: nothing can hide. */
export function serverActionsInBuild(): ServerAction[] {
  const dist = process.env.NEXT_DIST_DIR ?? ".next-e2e";
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/(admin)/admin/page";
    // "app/(admin)/admin/[entity]/[id]/page" → "/admin/events/x": a page that holds the action.
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace("[entity]", "events")
        .replace(/\[[^\]]+\]/g, "x") || "/";
    return { id, file: entry.filename, name: entry.exportedName, page };
  });
}

/**
 * Calls a server action the way React does for a `useActionState` form: multipart body, the
 * arguments in field "0" as [previousState, FormData], the form's fields prefixed "_1_".
 */
export async function callAction(request: APIRequestContext, action: ServerAction, fields: Record<string, string | string[]>) {
  // Order matters: Next decodes the multipart body as a stream, and field "0" (the arguments) must
  // come after the form's fields, as the browser sends it.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) multipart.append(`_1_${key}`, v);
  multipart.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const res = await request.post(action.page, {
    headers: { "Next-Action": action.id, Accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
  const headers = res.headers();
  return { status: res.status(), headers, body: await res.text(), location: headers["x-action-redirect"] ?? headers["location"] ?? "" };
}
