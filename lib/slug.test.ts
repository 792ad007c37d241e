import { expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

it("slugify folds accents and punctuation", () => {
  expect(slugify("Temple of Baalshamin")).toBe("temple-of-baalshamin");
  expect(slugify("Qal'at Fakhr al-Dīn al-Maʿnī")).toBe("qalat-fakhr-al-din-al-ma-ni");
  expect(slugify("معبد بل", "monument")).toBe("monument");
});

it("uniqueSlug counts up past taken slugs", () => {
  expect(uniqueSlug("arch", new Set())).toBe("arch");
  expect(uniqueSlug("arch", new Set(["arch", "arch-2"]))).toBe("arch-3");
});
