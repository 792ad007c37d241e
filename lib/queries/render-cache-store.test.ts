import { afterAll, describe, expect, it } from "vitest";
import { loadPalmyra } from "@/lib/dataset/palmyra";
import { clearBibliographyCache, formatBibliography } from "@/lib/citations/bibliography";
import { toCslItem } from "@/lib/citations/csl";
import { db } from "@/lib/db";
import { resetRenderStore, saveRenderCache, warmRenderCache } from "./render-cache-store";

const sources = loadPalmyra().sources.map((f) => f.source);

// The database tier of the formatted-citation cache, on a real database (CI's PostgreSQL pass sets
// DATABASE_URL; `npm run bench:export` exercises it on the embedded one).
describe.skipIf(!process.env.DATABASE_URL)("formatted citations kept in the database", () => {
  afterAll(async () => {
    await db().$executeRaw`DELETE FROM "CitationRender" WHERE scope = 'apa|html'`;
    await db().$disconnect();
  });

  it("lets a restarted process format an export it rendered before with no citeproc work", { timeout: 60_000 }, async () => {
    const items = sources.map((s) => toCslItem(s));
    clearBibliographyCache();
    resetRenderStore();
    await warmRenderCache("apa|html");
    const want = formatBibliography(items, "apa", "html");
    expect(await saveRenderCache()).toBeGreaterThan(0);
    clearBibliographyCache(); // a restart
    resetRenderStore();
    expect(() => formatBibliography(items, "apa", "html", 0)).toThrow(); // cold: citeproc would have to render
    expect(await warmRenderCache("apa|html")).toBeGreaterThanOrEqual(items.length);
    expect(formatBibliography(items, "apa", "html", 0)).toBe(want);
    expect(await warmRenderCache("apa|html")).toBe(0); // nothing new since
  });
});
