import { describe, it, expect } from "vitest";
import { findActorByAlias, matchesName, matchScore, normalizeName, rankMatches } from "./names";

describe("normalizeName", () => {
  it("folds case, accents, punctuation and spacing", () => {
    expect(normalizeName("  Théâtre   romain ")).toBe("theatre romain");
    expect(normalizeName("Qal'at Fakhr al-Din al-Ma'ani")).toBe("qalat fakhr al din al maani");
    expect(normalizeName("Baʿal-Shamîn")).toBe("baal shamin");
    expect(normalizeName("TADMUR")).toBe("tadmur");
  });
  it("drops only a leading English article", () => {
    expect(normalizeName("The Monumental Arch")).toBe("monumental arch");
    expect(normalizeName("Arch of the Emperor")).toBe("arch of the emperor");
    expect(normalizeName("Theatre")).toBe("theatre");
    expect(normalizeName("the")).toBe("the");
  });
  it("folds theater to theatre, also inside amphitheater", () => {
    expect(normalizeName("Roman Theater")).toBe("roman theatre");
    expect(normalizeName("Amphitheater")).toBe("amphitheatre");
  });
  it("ignores Arabic diacritics, tatweel and letter variants", () => {
    expect(normalizeName("مَعْبَد بِل")).toBe("معبد بل");
    expect(normalizeName("معـــبد بل")).toBe("معبد بل");
    expect(normalizeName("قلعة")).toBe("قلعه");
    expect(normalizeName("أفقا")).toBe(normalizeName("افقا"));
    expect(normalizeName("إله")).toBe(normalizeName("اله"));
    expect(normalizeName("آثار")).toBe(normalizeName("اثار"));
    expect(normalizeName("ٱسم")).toBe(normalizeName("اسم"));
    expect(normalizeName("مصلى")).toBe("مصلي");
  });
  it("drops the Arabic article from each word, but not from short words", () => {
    expect(normalizeName("قلعة فخر الدين المعني")).toBe("قلعه فخر دين معني");
    expect(normalizeName("الف")).toBe("الف");
  });
});

describe("matchesName", () => {
  const bel = ["Temple of Bel", "Temple of Baal", "معبد بل"];
  const baalshamin = ["Temple of Baalshamin", "Baal Shamin temple"];
  const theatre = ["Roman Theatre", "Théâtre de Palmyre", "amphitheatre"];
  const arch = ["Monumental Arch", "Arch of Triumph"];
  const palmyra = ["Palmyra", "Tadmur", "تدمر"];

  it("matches Arabic with or without harakat", () => {
    expect(matchesName("مَعْبَد بِل", bel)).toBe(true);
    expect(matchesName("معبد", bel)).toBe(true);
    expect(matchesName("معبد بعل شمين", bel)).toBe(false);
  });
  it("treats 'Baal Shamin' and 'Baalshamin' as the same name (spaces ignored)", () => {
    expect(matchesName("Baal Shamin", ["Temple of Baalshamin"])).toBe(true);
    expect(matchesName("Baalshamin", baalshamin)).toBe(true);
    expect(matchScore("Baal Shamin", "Baalshamin")).toBe(4);
    expect(matchScore("Baʿalshamin", "Baal Shamin")).toBe(4);
  });
  it("finds the site by its Arabic and transliterated names, but does not guess spellings", () => {
    expect(matchesName("tadmur", palmyra)).toBe(true);
    expect(matchesName("تدمر", palmyra)).toBe(true);
    expect(matchesName("Tadmor", palmyra)).toBe(false);
  });
  it("matches words in any order as prefixes, without synonyms", () => {
    expect(matchesName("triumph arch", arch)).toBe(true);
    expect(matchesName("arch triu", arch)).toBe(true);
    expect(matchesName("triumphal arch", arch)).toBe(false);
    expect(matchesName("triumphal arch", [...arch, "Triumphal Arch"])).toBe(true);
  });
  it("folds accents and theatre/theater", () => {
    expect(matchesName("theatre", ["Théâtre de Palmyre"])).toBe(true);
    expect(matchesName("Roman theater", theatre)).toBe(true);
    expect(matchesName("amphitheater", theatre)).toBe(true);
    expect(matchesName("amphitheatre", ["Roman Theatre"])).toBe(false);
  });
  it("matches inside a word only from four letters on", () => {
    expect(matchesName("shamin", ["Baalshamin"])).toBe(true);
    expect(matchesName("ami", ["Baalshamin"])).toBe(false);
    expect(matchesName("", bel)).toBe(false);
    expect(matchesName("  ", bel)).toBe(false);
  });
  it("scores exact > prefix > words > infix", () => {
    expect(matchScore("temple of bel", "Temple of Bel")).toBe(4);
    expect(matchScore("temple of b", "Temple of Bel")).toBe(3);
    expect(matchScore("bel temple", "Temple of Bel")).toBe(2);
    expect(matchScore("theatre", "Amphitheatre")).toBe(1);
    expect(matchScore("tower", "Temple of Bel")).toBe(0);
  });
});

describe("rankMatches", () => {
  const candidates = [
    { id: "theatre", names: ["Roman Theatre", "amphitheatre"] },
    { id: "baalshamin", names: ["Temple of Baalshamin"] },
    { id: "bel", names: ["Temple of Bel", "معبد بل"] },
    { id: "bel-cella", names: ["Cella of the Temple of Bel"] },
    { id: "arch", names: ["Monumental Arch"] },
  ];
  it("orders exact before prefix before word matches, dropping non-matches", () => {
    expect(rankMatches("temple of bel", candidates)).toEqual(["bel", "bel-cella"]);
    expect(rankMatches("temple", candidates)).toEqual(["baalshamin", "bel", "bel-cella"]);
    expect(rankMatches("Temple of Baal Shamin", candidates)).toEqual(["baalshamin"]);
    expect(rankMatches("theatre", candidates)).toEqual(["theatre"]);
    expect(rankMatches("مَعْبَد بِل", candidates)).toEqual(["bel"]);
  });
  it("uses the best of a candidate's names", () => {
    const r = rankMatches("amphitheatre", [
      { id: "odeon", names: ["Small Amphitheatre Ruins"] },
      { id: "theatre", names: ["Roman Theatre", "Amphitheatre"] },
    ]);
    expect(r).toEqual(["theatre", "odeon"]);
  });
  it("returns nothing for a blank query", () => {
    expect(rankMatches(" ", candidates)).toEqual([]);
  });
});

describe("findActorByAlias", () => {
  const isActor = { id: "islamic-state", name: "Islamic State", aliases: ["IS", "ISIS", "ISIL", "Daesh", "داعش", "Islamic State of Iraq and the Levant"] };
  const army = { id: "saa", name: "Syrian Arab Army", aliases: ["SAA", "Syrian Army"] };
  const isis = { id: "only-isis", aliases: ["ISIS"] };
  const actors = [army, isActor];

  it("finds an actor by any alias, case- and punctuation-insensitively", () => {
    expect(findActorByAlias("Daesh", actors)?.id).toBe("islamic-state");
    expect(findActorByAlias("Da'esh", actors)?.id).toBe("islamic-state");
    expect(findActorByAlias("ISIL", actors)?.id).toBe("islamic-state");
    expect(findActorByAlias("isis", actors)?.id).toBe("islamic-state");
    expect(findActorByAlias("I.S.", actors)?.id).toBe("islamic-state");
    expect(findActorByAlias("داعش", actors)?.id).toBe("islamic-state");
    expect(findActorByAlias("the Islamic State", actors)?.id).toBe("islamic-state");
    expect(findActorByAlias("syrian army", actors)?.id).toBe("saa");
  });
  it("matches short aliases exactly, never as a substring", () => {
    expect(findActorByAlias("IS", [isis])).toBeNull();
    expect(findActorByAlias("is", [isis, isActor])?.id).toBe("islamic-state");
    expect(findActorByAlias("ISI", actors)).toBeNull();
    expect(findActorByAlias("Islamic", actors)).toBeNull();
    expect(findActorByAlias("", actors)).toBeNull();
  });
});
