import { describe, expect, it } from "vitest";
import { CATALOGUES, formatDay, formatNumber, getI18n, t } from "./messages";
import { LOCALES, localePath, splitLocale } from "./locales";

type Tree = { [k: string]: string | Tree };
const flatten = (node: Tree, prefix = ""): Map<string, string> =>
  new Map(Object.entries(node).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as const] : [...flatten(v, `${prefix}${k}.`)])));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const en = flatten(CATALOGUES.en as Tree);
  for (const locale of LOCALES) {
    const other = flatten(CATALOGUES[locale] as Tree);
    it(`${locale} has exactly the English keys`, () => {
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    });
    it(`${locale} has no empty message and the same {placeholders} as English`, () => {
      for (const [key, text] of other) {
        expect(text.trim(), key).not.toBe("");
        expect(placeholders(text), key).toEqual(placeholders(en.get(key) ?? ""));
      }
    });
  }
  it("the Arabic catalogue is translated, not copied (only names and formats may repeat)", () => {
    const ar = flatten(CATALOGUES.ar as Tree);
    const same = [...en].filter(([k, v]) => ar.get(k) === v && !/[\u0600-\u06FF]/.test(v)).map(([k]) => k);
    expect(same).toEqual([]);
  });
});

describe("t and getI18n", () => {
  it("fills placeholders, numbers in the locale's digits", () => {
    expect(t("monuments.countOneSite", { count: 12, site: "Palmyra" })).toBe("12 monuments and components at Palmyra, with their derived status.");
    expect(getI18n("ar").t("monuments.countOneSite", { count: 12, site: "تدمر" })).toBe("١٢ من المعالم وأجزائها في تدمر، مع حالتها المستخلصة.");
  });
  it("formats days and numbers per locale", () => {
    expect(formatDay("2015-08-30", "en")).toBe("30 August 2015");
    expect(formatDay("2015-08-30", "ar")).toMatch(/أغسطس|آب/);
    expect(formatNumber(1234, "ar")).toBe("١٬٢٣٤");
  });
});

describe("locale paths", () => {
  it("keeps English unprefixed and puts Arabic under /ar", () => {
    expect(localePath("en", "/monuments")).toBe("/monuments");
    expect(localePath("ar", "/")).toBe("/ar");
    expect(localePath("ar", "/monuments/temple-of-bel")).toBe("/ar/monuments/temple-of-bel");
    expect(localePath("ar", "/?asOf=2015-09-01")).toBe("/ar?asOf=2015-09-01");
    expect(localePath("ar", "https://example.org/x")).toBe("https://example.org/x");
  });
  it("splits a path into its language and the rest", () => {
    expect(splitLocale("/ar")).toEqual({ locale: "ar", rest: "/" });
    expect(splitLocale("/ar/monuments")).toEqual({ locale: "ar", rest: "/monuments" });
    expect(splitLocale("/archive")).toEqual({ locale: null, rest: "/archive" });
    expect(splitLocale("/monuments")).toEqual({ locale: null, rest: "/monuments" });
  });
});
