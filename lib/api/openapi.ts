// The OpenAPI 3.1 description of /api/v1, built from the same vocabularies the handlers validate
// against (lib/domain.ts), so an enum added there appears here.
import { CITATION_FORMATS } from "@/lib/citations/format-names";
import { MAX_OFFSET } from "@/lib/paging";
import { API_PAGING } from "./params";
import { CONFIDENCES, DAMAGE_EXTENTS, DAMAGE_METHODS, DATE_PRECISIONS, MONUMENT_TYPES, STATUSES } from "@/lib/domain";

const list = (name: string, description: string, items: object = { type: "string" }) => ({
  name, in: "query", required: false, description: `${description} Repeat the parameter or give a comma list.`, schema: { type: "array", items }, style: "form", explode: true,
});
// lib/paging.ts: a value out of range (limit 0 or over 500, page 0, a fraction, page and offset
// together, or a page past the last one) is a 400 whose detail names it.
const page = [
  { name: "limit", in: "query", description: "Rows per page.", schema: { type: "integer", minimum: 1, maximum: API_PAGING.maxLimit, default: API_PAGING.defaultLimit } },
  { name: "page", in: "query", description: "Which page (1 is the first); a page past the last one is a 400. Give page or offset, not both.", schema: { type: "integer", minimum: 1, default: 1 } },
  { name: "offset", in: "query", description: "Rows to skip, instead of page (the `next` link uses it).", schema: { type: "integer", minimum: 0, maximum: MAX_OFFSET, default: 0 } },
];
const bom = { name: "bom", in: "query", description: "1 (default): start with a UTF-8 byte-order mark, so Excel reads Arabic correctly; 0: none.", schema: { type: "string", enum: ["0", "1"] } };
const eventFilters = [
  list("monument", "Monument slugs."),
  list("method", "Damage methods.", { enum: [...DAMAGE_METHODS] }),
  list("extent", "UNOSAT extents.", { enum: [...DAMAGE_EXTENTS] }),
  list("confidence", "Confidence grades.", { enum: [...CONFIDENCES] }),
  list("actor", "Actor slugs; none for events with no attributed actor."),
  { name: "disagreement", in: "query", description: "Only accounts that disagree with another account of the same occurrence: on anything (`any`), or on the date (their windows share no day), the extent, the method, the actor, or a stated figure.", schema: { enum: ["any", "date", "extent", "method", "actor", "figure"] } },
  { name: "from", in: "query", description: "Events whose date interval could fall on or after this day.", schema: { type: "string", format: "date" } },
  { name: "to", in: "query", description: "Events whose date interval could fall on or before this day.", schema: { type: "string", format: "date" } },
];
// The two clocks of lib/time.ts, for every endpoint that derives a status.
const reading = [
  {
    name: "asOf",
    in: "query",
    description:
      "Derive the status on this day (YYYY-MM-DD, from the start of the record's period to today). With clock=event (the default): the state it was in on that day, by everything known now — an event is certain from the last day of its date window, and while the day lies inside the window the status is `uncertain`, with what is certain (`certain`) and what may have happened (`possibly`). With clock=reported: only claims from sources published on or before that day count (a source dated by a window counts from its window's end).",
    schema: { type: "string", format: "date" },
  },
  { name: "clock", in: "query", description: "How to read asOf: `event` (what had happened by then, by everything known now) or `reported` (what had been published by then). `reported` needs asOf.", schema: { enum: ["event", "reported"], default: "event" } },
];
const monumentFilters = [list("site", "Site slugs (see /sites)."), list("status", "Derived statuses.", { enum: [...STATUSES] }), list("type", "Monument types.", { enum: [...MONUMENT_TYPES] }), ...reading];
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (description: string, schema: object, type = "application/json") => ({ "200": { description, content: { [type]: { schema } } } });
const errors = { "400": { description: "Bad query; `detail` says what to change.", content: { "application/problem+json": { schema: ref("Problem") } } } };
const notFound = { "404": { description: "No published record with that id.", content: { "application/problem+json": { schema: ref("Problem") } } } };
const pageOf = (item: string) => ({ type: "object", required: ["total", "page", "pages", "limit", "offset", "next", "items"], properties: { total: { type: "integer" }, page: { type: "integer" }, pages: { type: "integer", description: "How many pages of `limit` rows (at least 1)" }, limit: { type: "integer" }, offset: { type: "integer" }, next: { type: ["string", "null"], format: "uri" }, items: { type: "array", items: ref(item) } } });
const date = { type: "object", properties: { earliest: { type: ["string", "null"], format: "date" }, latest: { type: ["string", "null"], format: "date" }, precision: { enum: [...DATE_PRECISIONS] }, edtf: { type: "string", description: "EDTF (ISO 8601-2) level 1" }, text: { type: ["string", "null"] } } };
const url = { type: "string", format: "uri", description: "The record's public page" };

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Heritage Watch API",
      version: "1.0.0",
      description: "Read-only access to the published data: sites (with their monuments counted by status), monuments (with derived status), damage events (claims, each with its quoted sources), sources, actors and control periods; citation exports; a change feed. Drafts and archived records are never returned. Each client may send bursts of 120 requests, refilled at 600 a minute (the server's API_RATE_LIMIT); past that the answer is 429 with Retry-After.",
      license: { name: "Data as published; quotations remain their publishers'", identifier: "NOASSERTION" },
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths: {
      "/sites": { get: { summary: "Sites, each with its monuments counted by derived status", parameters: page, responses: { ...ok("A page of sites", pageOf("Site")), ...errors } } },
      "/sites/{slug}": { get: { summary: "One site with its counts", parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }], responses: { ...ok("The site", ref("Site")), ...notFound } } },
      "/monuments": { get: { summary: "Monuments", parameters: [...monumentFilters, ...page], responses: { ...ok("A page of monuments", pageOf("Monument")), ...errors } } },
      "/monuments/{slug}": { get: { summary: "One monument with its events", parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, ...reading], responses: { ...ok("The monument", ref("Monument")), ...errors, ...notFound } } },
      "/monuments.geojson": { get: { summary: "Monuments as GeoJSON (RFC 7946, WGS84, [lon, lat]); unlocated monuments have geometry null; every match, streamed", parameters: monumentFilters, responses: { ...ok("FeatureCollection", { type: "object", properties: { type: { const: "FeatureCollection" }, features: { type: "array" } } }, "application/geo+json"), ...errors } } },
      "/monuments.csv": { get: { summary: "Monuments as CSV (UTF-8, header row)", parameters: [...monumentFilters, bom], responses: { ...ok("CSV", { type: "string" }, "text/csv"), ...errors } } },
      "/events": { get: { summary: "Damage events (claims)", parameters: [...eventFilters, ...page], responses: { ...ok("A page of events", pageOf("Event")), ...errors } } },
      "/events/{id}": { get: { summary: "One event", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { ...ok("The event", ref("Event")), ...notFound } } },
      "/events.csv": { get: { summary: "Events as CSV (UTF-8, header row): every match, streamed in batches, no paging", parameters: [...eventFilters, bom], responses: { ...ok("CSV", { type: "string" }, "text/csv"), ...errors } } },
      "/sources": { get: { summary: "Sources", parameters: page, responses: { ...ok("A page of sources", pageOf("Source")), ...errors } } },
      "/sources/{id}": { get: { summary: "One source, by id or slug", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { ...ok("The source", ref("Source")), ...notFound } } },
      "/actors": { get: { summary: "Actors", parameters: page, responses: { ...ok("A page of actors", pageOf("Actor")), ...errors } } },
      "/control-periods": { get: { summary: "Who held the city, as dated intervals", parameters: page, responses: { ...ok("A page of control periods", pageOf("ControlPeriod")), ...errors } } },
      "/citations": {
        get: {
          summary: "Citations of the sources behind monuments, events or sources",
          description: "Selections add up: a monument brings every source its page cites, an event its sources, a source itself. With an events filter (method, extent, confidence, actor, from, to), monument narrows the filter instead.",
          parameters: [
            { name: "format", in: "query", required: true, schema: { enum: [...CITATION_FORMATS] } },
            list("event", "Event ids."),
            list("source", "Source ids or slugs."),
            ...eventFilters,
            { name: "html", in: "query", description: "Formatted styles: 1 for HTML (italics) instead of plain text.", schema: { enum: ["0", "1"] } },
            { name: "quotes", in: "query", description: "1: add the quoted passages as each entry's note.", schema: { enum: ["0", "1"] } },
            { name: "list", in: "query", description: "events: cite the events list as filtered (every published event when no filter is given), without the monument's own facts.", schema: { enum: ["events"] } },
            { name: "missing", in: "query", description: "skip: cite what is still published and name the rest in the X-Export-Skipped header, instead of answering 400.", schema: { enum: ["skip"] } },
            { name: "header", in: "query", description: "0: leave out the comment naming the dataset version, the query and the time.", schema: { enum: ["0", "1"] } },
            bom,
          ],
          responses: {
            "200": {
              description: "A download (Content-Disposition: attachment). Headers X-Dataset-Version, X-Export-Query and X-Generated-At say what was exported.",
              content: { "application/x-bibtex": {}, "application/x-research-info-systems": {}, "application/vnd.citationstyles.csl+json": {}, "text/csv": {}, "text/plain": {}, "text/html": {} },
            },
            ...errors,
          },
        },
      },
      "/changes": {
        get: {
          summary: "Records created, updated or no longer public since a time",
          parameters: [{ name: "since", in: "query", required: true, schema: { type: "string", format: "date-time" } }, ...page],
          responses: { ...ok("A page of changes, oldest first", pageOf("Change")), ...errors },
        },
      },
      "/openapi.json": { get: { summary: "This document", responses: ok("OpenAPI 3.1", { type: "object" }) } },
    },
    components: {
      schemas: {
        Problem: { type: "object", properties: { title: { type: "string" }, status: { type: "integer" }, detail: { type: "string" } } },
        Site: {
          type: "object",
          properties: {
            id: { type: "string" }, slug: { type: "string" }, name: { type: "string" }, names: { type: "array", items: { type: "object", properties: { value: { type: "string" }, lang: { type: "string" }, kind: { type: "string" } } } },
            country: { type: "string" }, countryCode: { type: "string", description: "ISO 3166-1 alpha-2" }, latitude: { type: "number" }, longitude: { type: "number" }, unescoId: { type: ["string", "null"] }, description: { type: "string" },
            monumentCount: { type: "integer" }, eventCount: { type: "integer", description: "Published claims about its monuments" },
            statusCounts: { type: "object", description: "Monuments by derived status; statuses no monument has are left out", additionalProperties: { type: "integer" }, propertyNames: { enum: [...STATUSES] } },
            monumentsUrl: { type: "string", format: "uri" }, feedUrl: { type: "string", format: "uri" }, url,
          },
        },
        Monument: { type: "object", properties: { id: { type: "string" }, slug: { type: "string" }, name: { type: "string" }, site: { type: "string", description: "The site's slug" }, names: { type: "array", items: { type: "object", properties: { value: { type: "string" }, lang: { type: "string" }, kind: { type: "string" } } } }, type: { enum: [...MONUMENT_TYPES] }, status: { enum: [...STATUSES] }, confidence: { type: ["string", "null"] }, latitude: { type: ["number", "null"] }, longitude: { type: ["number", "null"] }, locationPrecision: { enum: ["EXACT", "APPROXIMATE", "SITE", "UNKNOWN"] }, parent: { type: ["string", "null"] }, eventCount: { type: "integer" }, url } },
        Event: { type: "object", properties: { id: { type: "string" }, monument: { type: "object" }, date, method: { enum: [...DAMAGE_METHODS] }, extent: { enum: [...DAMAGE_EXTENTS, null] }, actor: { type: ["object", "null"] }, attribution: { type: ["string", "null"] }, confidence: { enum: [...CONFIDENCES] }, description: { type: "string" }, sameAs: { type: ["string", "null"] }, citations: { type: "array", items: { type: "object", properties: { quote: { type: "string" }, paragraph: { type: ["integer", "null"] }, source: { type: "object" } } } }, updatedAt: { type: "string", format: "date-time" }, url } },
        Source: { type: "object", properties: { id: { type: "string" }, slug: { type: "string" }, title: { type: "string" }, publisher: { type: "string" }, authors: { type: "array", items: { type: "string" } }, kind: { type: "string" }, language: { type: "string" }, url, sourceUrl: { type: ["string", "null"], format: "uri", description: "The published report itself" }, archiveUrl: { type: ["string", "null"] }, accessedAt: { type: ["string", "null"], format: "date" }, published: date, citationsUrl: { type: "string", format: "uri" } } },
        Actor: { type: "object", properties: { id: { type: "string" }, slug: { type: "string" }, name: { type: "string" }, kind: { type: "string" }, aliases: { type: "array" }, eventsUrl: { type: "string", format: "uri" }, url: { type: "null", description: "Actors have no public page yet" } } },
        ControlPeriod: { type: "object", properties: { id: { type: "string" }, actor: { type: "object" }, start: date, end: { oneOf: [date, { type: "null" }] }, confidence: { type: "string" }, description: { type: "string" }, citations: { type: "array" }, url } },
        Change: { type: "object", required: ["kind", "id", "change", "at"], properties: { kind: { enum: ["monument", "event", "source", "control-period", "actor"] }, id: { type: "string" }, change: { enum: ["created", "updated", "removed"] }, at: { type: "string", format: "date-time" }, url: { type: "string", format: "uri", description: "Absent for removed records" } } },
      },
    },
  };
}
