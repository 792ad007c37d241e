// `npm run data:generate -- --sites 200 --monuments 10000 --events 200000 --sources 50000 [--seed 15]
// [--force | --append]`: writes a generated dataset (lib/dataset/generate.ts) for scale tests, in
// batches. Refuses sizes that cannot make a dataset, and a database that already holds records
// unless --append (add beside them, e.g. beside Palmyra) or --force (delete the records first).
import { parseArgs } from "node:util";
import { checkSizes, GENERATED_ACTORS, generateEvents, generatePlaces, generateSources, type GenerateSizes } from "../lib/dataset/generate";
import { db } from "../lib/db";
import { refreshStaleStatuses } from "../lib/status-store";

const { values } = parseArgs({
  options: {
    sites: { type: "string", default: "200" },
    monuments: { type: "string", default: "10000" },
    events: { type: "string", default: "200000" },
    sources: { type: "string", default: "50000" },
    seed: { type: "string", default: "15" },
    force: { type: "boolean", default: false },
    append: { type: "boolean", default: false },
  },
});
const fail = (message: string): never => {
  console.error(`data:generate: ${message}`);
  process.exit(2);
};
const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s) : Number.NaN);
const sizes: GenerateSizes = { sites: num(values.sites), monuments: num(values.monuments), events: num(values.events), sources: num(values.sources) };
const seed = num(values.seed);
const problems = [...checkSizes(sizes), ...(Number.isSafeInteger(seed) ? [] : [`--seed must be a whole number (got ${values.seed})`])];
if (values.force && values.append) problems.push("--force deletes what is there, --append keeps it: give one");
if (problems.length) fail(problems.join("\n  "));

const prisma = db();
const day = (s: string | null) => (s === null ? null : new Date(`${s}T00:00:00Z`));
const started = Date.now();
const say = (what: string) => console.log(`data:generate: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
try {
  const [sites, sources, generated] = await Promise.all([prisma.site.count(), prisma.source.count(), prisma.site.count({ where: { id: { startsWith: "gen-" } } })]);
  if (sites + sources > 0 && !values.force && !values.append) {
    fail(`the database is not empty (${sites} sites, ${sources} sources). Pass --append to add the generated records beside them, or --force to delete every record first.`);
  }
  if (values.append && generated) fail("the database already holds a generated dataset: use --force to replace everything");
  if (values.force) {
    await prisma.$executeRawUnsafe(
      `TRUNCATE "Citation", "IntakeText", "DamageEvent", "ControlPeriod", "MonumentName", "Monument", "SiteName", "Site", "Source", "ActorAlias", "Actor", "Revision" CASCADE`,
    );
    say("deleted every record (--force)");
  }
  await prisma.actor.createMany({ data: GENERATED_ACTORS.map((a) => ({ ...a, kind: a.kind })), skipDuplicates: true });
  const places = generatePlaces(sizes, seed);
  await prisma.site.createMany({
    data: places.sites.map((s) => ({ id: s.id, slug: s.slug, name: s.name, country: s.country, countryCode: s.countryCode, latitude: s.latitude, longitude: s.longitude, description: `Generated site ${s.name} (${s.nameAr}).` })),
  });
  await prisma.siteName.createMany({ data: places.sites.map((s) => ({ siteId: s.id, value: s.nameAr, lang: "ar", kind: "VARIANT" as const })) });
  for (let i = 0; i < places.monuments.length; i += 2000) {
    const batch = places.monuments.slice(i, i + 2000);
    await prisma.monument.createMany({
      data: batch.map((m) => ({
        id: m.id, slug: m.slug, siteId: m.siteId, name: m.name, type: m.type as never, parentId: m.parentId, latitude: m.latitude, longitude: m.longitude,
        locationPrecision: m.locationPrecision as never, state: m.state as never, description: `Generated monument at ${m.siteId}.`,
      })),
    });
    await prisma.monumentName.createMany({
      data: batch.flatMap((m) => [
        { monumentId: m.id, value: m.name, lang: "en", kind: "CANONICAL" as const },
        { monumentId: m.id, value: m.nameAr, lang: "ar", kind: "VARIANT" as const },
      ]),
    });
  }
  say(`${places.sites.length} sites, ${places.monuments.length} monuments`);
  for (const batch of generateSources(sizes, seed)) {
    await prisma.source.createMany({
      data: batch.map((s) => ({
        id: s.id, slug: s.slug, title: s.title, publisher: s.publisher, authors: s.authors, language: s.language, kind: s.kind as never, url: s.url,
        publishedEarliest: day(s.publishedEarliest), publishedLatest: day(s.publishedLatest), publishedPrecision: s.publishedPrecision as never, state: s.state as never,
      })),
    });
  }
  say(`${sizes.sources} sources`);
  let written = 0;
  for (const { events, citations } of generateEvents(sizes, places.monuments, seed)) {
    await prisma.damageEvent.createMany({
      data: events.map((e) => ({
        ...e, dateEarliest: day(e.dateEarliest), dateLatest: day(e.dateLatest), datePrecision: e.datePrecision as never, method: e.method as never,
        extent: e.extent as never, attribution: e.attribution as never, confidence: e.confidence as never, state: e.state as never,
      })),
    });
    await prisma.citation.createMany({ data: citations });
    written += events.length;
    if (written % 20_000 === 0 || written === sizes.events) say(`${written} events`);
  }
  // The planner's statistics first: the embedded database has no autovacuum to gather them, and
  // without them the derivation's joins over 200,000 fresh claims did not finish in 30 minutes.
  await prisma.$executeRawUnsafe("ANALYZE");
  say("deriving every monument's status");
  const derived = await prisma.$transaction((tx) => refreshStaleStatuses(tx), { timeout: 30 * 60_000 });
  say(`${derived} statuses derived`);
  await prisma.$executeRawUnsafe("ANALYZE");
  say(`done: ${sizes.sites} sites, ${sizes.monuments} monuments, ${sizes.events} events, ${sizes.sources} sources (seed ${seed})`);
} finally {
  await prisma.$disconnect();
}
