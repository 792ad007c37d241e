import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { editorDb } from "@/lib/db";
import { intakeMayFetchPrivate } from "@/lib/env";
import type { Catalogue } from "@/lib/intake/analyze";
import { MAX_INPUT_CHARS } from "@/lib/intake/extract";

// The intake's reads: the catalogue its pure stages compare the article with, and a page fetched
// from the web on the editor's behalf.

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function loadIntakeCatalogue(): Promise<Catalogue> {
  const p = editorDb();
  const [monuments, actors, periods, events, sources] = await Promise.all([
    p.monument.findMany({ where: { archivedAt: null }, select: { id: true, name: true, parentId: true, names: { select: { value: true } } }, orderBy: { name: "asc" } }),
    p.actor.findMany({ where: { archivedAt: null }, select: { id: true, name: true, kind: true, aliases: { select: { value: true } } } }),
    p.controlPeriod.findMany({ where: { archivedAt: null }, select: { startEarliest: true } }),
    p.damageEvent.findMany({
      where: { archivedAt: null },
      select: { id: true, sameAsId: true, monumentId: true, dateEarliest: true, dateLatest: true, extent: true, method: true, actorId: true, figureLabel: true, figureValue: true, description: true },
    }),
    p.source.findMany({ where: { archivedAt: null }, select: { id: true, title: true, publisher: true, url: true } }),
  ]);
  return {
    monuments: monuments.map((m) => ({ id: m.id, name: m.name, parent: m.parentId, names: m.names.map((n) => n.value) })),
    actors: actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases.map((x) => x.value) })),
    siteOpenFrom: periods.map((c) => day(c.startEarliest)!).sort()[0] ?? null,
    accounts: events.map((e) => ({ ...e, dateEarliest: day(e.dateEarliest), dateLatest: day(e.dateLatest) })),
    sources,
  };
}

export class FetchRefused extends Error {}

const FETCH_TIMEOUT_MS = 10_000;

function isPrivate(ip: string) {
  return /^(?:127\.|10\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.|0\.)/.test(ip) || ip === "::1" || /^f[cd]|^fe80/i.test(ip) || ip.startsWith("::ffff:127.");
}

/**
 * The page at `url`, as text: http(s) only, 10 s at most, refused past the intake's size limit
 * (read in chunks, so a huge page is cut off, not buffered), and — outside tests — never an address
 * on this machine or its private network (the server must not become a way into them).
 */
export async function fetchArticle(url: string): Promise<{ html: string; finalUrl: string }> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new FetchRefused("That is not a web address: it should start with https://.");
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new FetchRefused("Only http and https addresses can be fetched.");
  if (!intakeMayFetchPrivate()) {
    const host = u.hostname.replace(/^\[|\]$/g, "");
    const addresses = isIP(host) ? [host] : await lookup(host, { all: true }).then((r) => r.map((a) => a.address)).catch(() => []);
    if (addresses.some(isPrivate)) throw new FetchRefused("That address is on a private network: the server does not fetch it. Paste the article's text instead.");
  }
  const unreachable = `The server could not reach ${u.host}. Check the address, or save the page in your browser and upload it, or paste its text.`;
  let res: Response;
  try {
    res = await fetch(u, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "follow", headers: { accept: "text/html,text/plain;q=0.9" } });
  } catch {
    throw new FetchRefused(unreachable);
  }
  if (!res.ok) throw new FetchRefused(`${u.host} answered ${res.status} ${res.statusText}. Save the page in your browser and upload it, or paste its text.`);
  const type = res.headers.get("content-type") ?? "";
  if (type && !/text\/html|text\/plain|application\/xhtml/.test(type)) throw new FetchRefused(`That address is not a web page (${type.split(";")[0]}). Paste the article's text instead.`);
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let html = "";
  try {
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      html += decoder.decode(chunk.value, { stream: true });
      if (html.length > MAX_INPUT_CHARS) {
        await reader?.cancel();
        throw new FetchRefused("That page is larger than an article can be. Paste the article's text instead.");
      }
    }
  } catch (err) {
    if (err instanceof FetchRefused) throw err;
    throw new FetchRefused(unreachable);
  }
  return { html, finalUrl: res.url || u.toString() };
}
