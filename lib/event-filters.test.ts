import { describe, expect, it } from "vitest";
import { readCitationQuery } from "./api/params";
import { citationQueryOf, parseEventFilters } from "./event-filters";

describe("parseEventFilters", () => {
  it("reads known values and reports unknown ones", () => {
    const { filters, errors } = parseEventFilters({ method: "EXPLOSIVES", extent: "GONE", from: "2016-02-30", monument: "arch", sort: "date-desc" });
    expect(filters).toEqual({ method: "EXPLOSIVES", monument: "arch", sort: "date-desc" });
    expect(errors).toEqual(["Unknown extent “GONE”: ignored.", "“2016-02-30” is not a date (YYYY-MM-DD): the start of the range is ignored."]);
  });
  it("drops a reversed range with a message and defaults the sort", () => {
    const { filters, errors } = parseEventFilters({ from: "2017-01-01", to: "2016-01-01" });
    expect(filters).toEqual({ sort: "date" });
    expect(errors).toHaveLength(1);
  });
  it("tells an Arabic reader what was ignored in Arabic", () => {
    const { errors } = parseEventFilters({ extent: "GONE", from: "2016-02-30" }, "ar");
    expect(errors).toEqual(["قيمة غير معروفة في «مدى الضرر»: «GONE»، تم تجاهلها.", "«2016-02-30» ليس تاريخًا (YYYY-MM-DD): تم تجاهل بداية النطاق."]);
  });
});

describe("citationQueryOf", () => {
  it("hands the page's filters to the citations API, which reads them back unchanged", () => {
    const { filters } = parseEventFilters({ monument: "monumental-arch", method: "EXPLOSIVES", actor: "none", from: "2015-05-01", to: "2015-12-31", sort: "extent" });
    const parsed = readCitationQuery(new URLSearchParams(citationQueryOf(filters) + "&format=bibtex"));
    expect(parsed.ok && parsed.query).toMatchObject({
      list: "events",
      filter: { monument: ["monumental-arch"], method: ["EXPLOSIVES"], actor: ["none"], extent: [], confidence: [], from: "2015-05-01", to: "2015-12-31" },
    });
  });
  it("cites the whole list when nothing is filtered", () => {
    const parsed = readCitationQuery(new URLSearchParams(citationQueryOf({ sort: "date" }) + "&format=ris"));
    expect(parsed.ok).toBe(true);
    expect(citationQueryOf({ sort: "date" })).toBe("list=events");
  });
});
