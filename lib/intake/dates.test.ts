import { describe, expect, it } from "vitest";
import { resolveClaimDate } from "./dates";

const at = (sentence: string, published: string | null, language = "en", openFrom: string | null = "2015-05-01") => {
  const w = resolveClaimDate(sentence, 0, 0, { published, language, openFrom });
  return [w.earliest, w.latest, w.precision];
};

describe("resolveClaimDate", () => {
  it.each([
    ["IS blew up the temple on Sunday, officials said.", "2015-08-24", ["2015-08-23", "2015-08-23", "REPORTED_DAY"]],
    ["It happened on Sunday.", "2015-08-23", ["2015-08-23", "2015-08-23", "REPORTED_DAY"]],
    ["The temple was damaged last month.", "2015-09-02", ["2015-08-01", "2015-08-31", "MONTH"]],
    ["The towers were demolished 10 days ago.", "2015-09-04", ["2015-08-24", "2015-08-26", "WINDOW"]],
    ["The arch was destroyed on Aug. 27.", "2015-09-05", ["2015-08-27", "2015-08-27", "REPORTED_DAY"]],
    ["The arch was destroyed on Dec. 27.", "2016-01-05", ["2015-12-27", "2015-12-27", "REPORTED_DAY"]],
    ["It was destroyed on 4 October 2015.", "2015-10-08", ["2015-10-04", "2015-10-04", "EXACT_DAY"]],
    ["Last December, fighters seized the castle.", "2017-03-02", ["2016-12-01", "2016-12-31", "MONTH"]],
    ["The temple was damaged in 2015.", "2016-03-26", ["2015-01-01", "2015-12-31", "YEAR"]],
  ])("%s (published %s)", (sentence, published, want) => {
    expect(at(sentence, published)).toEqual(want);
  });

  it("a satellite image taken Monday bounds the window from above", () => {
    expect(at("A satellite image taken Monday shows the temple destroyed.", "2015-09-01")).toEqual(["2015-05-01", "2015-08-31", "WINDOW"]);
  });
  it("a day something was said bounds it from above", () => {
    expect(at("The temple was destroyed, the official told AP on Monday.", "2015-09-01")).toEqual(["2015-05-01", "2015-08-31", "WINDOW"]);
  });
  it("the day something was said, named after it or as today, or the day of a picture, bounds it from above", () => {
    expect(at("UNESCO's head on Tuesday condemned the destruction of the temple.", "2015-09-02")).toEqual(["2015-05-01", "2015-09-01", "WINDOW"]);
    expect(at("Fears were raised after pictures in January showed the group had destroyed the Tetrapylon.", "2017-03-03")).toEqual(["2015-05-01", "2017-01-31", "WINDOW"]);
    expect(at("وقال مدير الآثار اليوم الجمعة إن التنظيم دمر التترابيلون", "2017-01-20", "ar")).toEqual(["2015-05-01", "2017-01-20", "WINDOW"]);
  });
  it("vague wordings stay windows: last week, the end of a month, recently, a dateline", () => {
    expect(at("The statue was apparently destroyed last week.", "2015-07-03")).toEqual(["2015-06-20", "2015-07-03", "WINDOW"]);
    expect(at("The group has destroyed seven tower tombs since the end of June.", "2015-09-05")).toEqual(["2015-06-01", "2015-09-05", "WINDOW"]);
    expect(at("L'arc, déjà piégé il y a quelques semaines.", "2015-10-08", "fr")).toEqual(["2015-08-08", "2015-10-08", "WINDOW"]);
    expect(at("Most recently, the group has razed the Tetrapylon.", "2017-03-02")).toEqual(["2015-05-01", "2017-03-02", "WINDOW"]);
    expect(at("New York, Aug 25 (IBNS) UNESCO condemned the destruction of the temple.", "2015-08-25")).toEqual(["2015-05-01", "2015-08-25", "WINDOW"]);
    expect(at("Aug 25, 2015, at 02:59 pm. UNESCO condemned the destruction of the temple.", "2015-08-25")).toEqual(["2015-05-01", "2015-08-25", "WINDOW"]);
    expect(at("يذكر أن أحد المزارات دمر", "2015-06-24", "ar")).toEqual(["2015-05-01", "2015-06-24", "WINDOW"]);
  });
  it("between two dates", () => {
    expect(at("It was destroyed between December 26, 2016 and January 10, 2017.", "2017-01-19")).toEqual(["2016-12-26", "2017-01-10", "WINDOW"]);
  });
  it("after a date runs to publication", () => {
    expect(at("After IS captured the city in May 2015, they reduced it to rubble.", "2017-03-02")).toEqual(["2015-05-01", "2017-03-02", "WINDOW"]);
  });
  it("no date: from the hold's start to publication; 'now' and 'today' date the report, not the act", () => {
    expect(at("The arch is gone now.", "2017-03-02")).toEqual(["2015-05-01", "2017-03-02", "WINDOW"]);
    expect(at("UNESCO today condemned the destruction.", "2015-10-05", "en", null)).toEqual([null, "2015-10-05", "WINDOW"]);
  });
  it("no publication date: an open, unknown window", () => {
    expect(at("It was destroyed on Sunday.", null)).toEqual(["2015-05-01", null, "UNKNOWN"]);
  });
  it("other languages through chrono's locales", () => {
    expect(at("L'arc a été détruit le dimanche 4 octobre 2015.", "2015-10-08", "fr")).toEqual(["2015-10-04", "2015-10-04", "EXACT_DAY"]);
  });
});
