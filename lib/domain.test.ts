import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as domain from "./domain";

// lib/domain.ts repeats the schema's enums so that lib/ and forms need no database client;
// this keeps the two copies from drifting apart.
const schema = fs.readFileSync(path.resolve(import.meta.dirname, "../prisma/schema.prisma"), "utf8");

function enumValues(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
  if (!body) throw new Error(`enum ${name} not in schema.prisma`);
  return body
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, "").trim())
    .filter(Boolean);
}

describe("domain vocabularies", () => {
  it.each([
    ["DatePrecision", domain.DATE_PRECISIONS],
    ["DamageMethod", domain.DAMAGE_METHODS],
    ["DamageExtent", domain.DAMAGE_EXTENTS],
    ["Attribution", domain.ATTRIBUTIONS],
    ["Confidence", domain.CONFIDENCES],
    ["PublicationState", domain.PUBLICATION_STATES],
    ["SourceKind", domain.SOURCE_KINDS],
    ["MonumentType", domain.MONUMENT_TYPES],
    ["LocationPrecision", domain.LOCATION_PRECISIONS],
    ["NameKind", domain.NAME_KINDS],
    ["ActorKind", domain.ACTOR_KINDS],
  ])("%s matches the Prisma enum", (name, values) => {
    expect([...values]).toEqual(enumValues(name));
  });
});
