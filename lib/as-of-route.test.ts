import { describe, expect, it } from "vitest";
import { asOfDestination, asOfRange } from "./as-of-route";

const range = asOfRange("2015-01-01", new Date("2026-12-04T12:00:00Z"));
const dest = (path: string, query: string) => asOfDestination(path, new URLSearchParams(query), range);

describe("asOfDestination", () => {
  it("serves a calendar day on either clock from its own segment", () => {
    expect(dest("/monuments/temple-of-bel", "asOf=2015-09-15")).toBe("/monuments/temple-of-bel/as-of/2015-09-15/event");
    expect(dest("/monuments/temple-of-bel", "asOf=2015-09-15&clock=reported")).toBe("/monuments/temple-of-bel/as-of/2015-09-15/reported");
    expect(dest("/monuments/temple-of-bel/", "asOf=2015-09-15&clock=nonsense")).toBe("/monuments/temple-of-bel/as-of/2015-09-15/event");
  });
  it("sends every bad date to one page per monument and clock", () => {
    expect(dest("/monuments/temple-of-bel", "asOf=2015-02-30")).toBe("/monuments/temple-of-bel/as-of/invalid/event");
    expect(dest("/monuments/temple-of-bel", "asOf=yesterday&clock=reported")).toBe("/monuments/temple-of-bel/as-of/invalid/reported");
    expect(dest("/monuments/temple-of-bel", "asOf=2099-01-01")).toBe("/monuments/temple-of-bel/as-of/out-of-range/event");
    expect(dest("/monuments/temple-of-bel", "asOf=1900-01-01")).toBe("/monuments/temple-of-bel/as-of/out-of-range/event");
  });
  it("reads the overview's counts as of a day too", () => {
    expect(dest("/", "asOf=2015-06-01&clock=reported")).toBe("/as-of/2015-06-01/reported");
    expect(dest("/", "asOf=2015-13-01")).toBe("/as-of/invalid/event");
  });
  it("leaves other URLs alone", () => {
    expect(dest("/monuments/temple-of-bel", "")).toBeNull();
    expect(dest("/monuments/temple-of-bel", "asOf=")).toBeNull();
    expect(dest("/monuments", "asOf=2015-09-15")).toBeNull();
    expect(dest("/events", "asOf=2015-09-15")).toBeNull();
    expect(dest("/monuments/temple-of-bel/as-of/2015-09-15/event", "asOf=2015-09-15")).toBeNull();
  });
});
