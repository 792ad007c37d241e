import { afterEach, expect, it, vi } from "vitest";
import { tileOrigin } from "./map-tiles";

afterEach(() => vi.unstubAllEnvs());

it("gives the origin a CSP must allow for a tile template", () => {
  expect(tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
  expect(tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe("https://*.tile.example.org");
  expect(() => tileOrigin("http://tiles.local/{z}/{x}/{y}.png")).toThrow();
});

it("defaults to OpenStreetMap's standard tiles with their attribution; none switches tiles off", async () => {
  vi.stubEnv("MAP_TILE_URL", undefined);
  const { getMapTiles } = await import("./env");
  expect(getMapTiles()).toMatchObject({ url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", attribution: expect.stringContaining("OpenStreetMap") });
  vi.stubEnv("MAP_TILE_URL", "none");
  expect(getMapTiles()).toBeNull();
  vi.stubEnv("MAP_TILE_URL", "https://example.org/tiles.png");
  expect(() => getMapTiles()).toThrow(/\{z\}/);
});
