import { describe, expect, it } from "vitest";
import { paragraphAt, quoteOccursIn, selectorFor, sentencesOf, splitParagraphs, toArticleText } from "./text";

describe("article text", () => {
  const a = toArticleText(["First  paragraph.\nStill first.", "", "Second one, on Aug. 27 it fell. Then more."]);
  it("joins paragraphs with blank lines and collapses spaces", () => {
    expect(a.text).toBe("First paragraph. Still first.\n\nSecond one, on Aug. 27 it fell. Then more.");
    expect(paragraphAt(a, a.text.indexOf("Second"))).toBe(2);
  });
  it("splits sentences, not after an abbreviated month", () => {
    expect(sentencesOf(a).map((s) => a.text.slice(s.start, s.end))).toEqual(["First paragraph.", "Still first.", "Second one, on Aug. 27 it fell.", "Then more."]);
  });
  it("builds a selector with up to 80 characters either side and the paragraph", () => {
    const start = a.text.indexOf("on Aug. 27");
    expect(selectorFor(a, start, start + 10)).toEqual({ quote: "on Aug. 27", prefix: "First paragraph. Still first.\n\nSecond one, ", suffix: " it fell. Then more.", paragraph: 2 });
  });
  it("pasted text: blank lines separate paragraphs, else single lines do", () => {
    expect(splitParagraphs("a\nb\n\nc")).toEqual(["a\nb", "c"]);
    expect(splitParagraphs("a\r\nb")).toEqual(["a", "b"]);
  });
  it("a quote occurs ignoring whitespace and typographic quotes; a made-up one does not", () => {
    const text = "He said: “It is an intolerable crime”\n\nagainst civilisation — UNESCO’s words.";
    expect(quoteOccursIn('"It is an intolerable crime" against civilisation - UNESCO\'s', text)).toBe(true);
    expect(quoteOccursIn("It is a tolerable crime", text)).toBe(false);
    expect(quoteOccursIn("   ", text)).toBe(false);
  });
});
