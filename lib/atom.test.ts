import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, it } from "vitest";
import { latestUpdate, renderAtom } from "./atom";

it("writes a well-formed Atom feed with every required element, escaping text", () => {
  const xml = renderAtom({
    id: "https://hw.example/feed.xml",
    title: "Changes <&> “quoted”",
    updated: "2026-12-04T10:00:00.000Z",
    self: "https://hw.example/feed.xml",
    alternate: "https://hw.example/",
    author: "Heritage Watch",
    entries: [{ id: "tag:hw.example,2026:event/1", title: "Temple of Bel & more", updated: "2026-12-04T10:00:00.000Z", link: "https://hw.example/monuments/temple-of-bel#event-1", summary: "معبد بل\u0001", categories: ["event"] }],
  });
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
  expect(doc.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(doc.feed.title).toBe("Changes <&> “quoted”");
  expect(doc.feed.entry.title).toBe("Temple of Bel & more");
  expect(doc.feed.entry.summary["#text"]).toBe("معبد بل");
});

it("dates a feed by its newest entry", () => {
  expect(latestUpdate([{ updated: "2026-01-01T00:00:00Z" }, { updated: "2026-02-01T00:00:00Z" }], "x")).toBe("2026-02-01T00:00:00Z");
  expect(latestUpdate([], "2020-01-01T00:00:00Z")).toBe("2020-01-01T00:00:00Z");
});
