import type {
  ActorKind,
  Attribution,
  Confidence,
  DamageExtent,
  DamageMethod,
  DatePrecision,
  LocationPrecision,
  MonumentType,
  NameKind,
  PublicationState,
  SourceKind,
} from "../lib/domain";

export type ISODate = string;

export interface SeedName {
  value: string;
  lang: string;
  kind: NameKind;
}

export interface SeedCitation {
  source: string;
  quote: string;
  prefix: string;
  suffix: string;
  paragraph: number | null;
}

export interface SeedSite {
  slug: string;
  name: string;
  names: SeedName[];
  country: string;
  countryCode: string;
  latitude: number;
  longitude: number;
  unescoId: string | null;
  wikidataId: string | null;
  description: string;
}

export interface SeedSource {
  slug: string;
  file: string | null;
  title: string;
  publisher: string;
  authors: string[];
  publishedEarliest: ISODate | null;
  publishedLatest: ISODate | null;
  publishedPrecision: DatePrecision;
  publishedText: string | null;
  url: string | null;
  archiveUrl: string | null;
  language: string;
  accessedAt: ISODate | null;
  kind: SourceKind;
  note: string | null;
  state: PublicationState;
}

export interface SeedActorAlias {
  value: string;
  lang: string;
}

export interface SeedActor {
  slug: string;
  name: string;
  kind: ActorKind;
  aliases: SeedActorAlias[];
}

export interface SeedMonument {
  slug: string;
  name: string;
  names: SeedName[];
  type: MonumentType;
  constructionDate: string | null;
  constructionYear: number | null;
  description: string;
  latitude: number | null;
  longitude: number | null;
  locationPrecision: LocationPrecision;
  parent: string | null;
  wikidataId: string | null;
  state: PublicationState;
}

export interface SeedEvent {
  key: string;
  monument: string;
  sameAs: string | null;
  dateEarliest: ISODate | null;
  dateLatest: ISODate | null;
  datePrecision: DatePrecision;
  dateText: string | null;
  method: DamageMethod;
  extent: DamageExtent | null;
  actor: string | null;
  attribution: Attribution | null;
  confidence: Confidence;
  description: string;
  state: PublicationState;
  citations: SeedCitation[];
}

export interface SeedControlPeriod {
  key: string;
  actor: string;
  startEarliest: ISODate;
  startLatest: ISODate;
  startPrecision: DatePrecision;
  startText: string | null;
  endEarliest: ISODate | null;
  endLatest: ISODate | null;
  endPrecision: DatePrecision | null;
  endText: string | null;
  confidence: Confidence;
  description: string;
  state: PublicationState;
  citations: SeedCitation[];
}

export interface SeedMonumentFact extends SeedCitation {
  monument: string;
  field: string;
}

export interface SeedSiteFact extends SeedCitation {
  site: string;
  field: string;
}

const MEE = "mee-2016-03-syrian-forces-enter-palmyra";
const ALBAWABA = "albawaba-2017-03-02-syrian-army-push-into-palmyra";
const ACTIONNEWS = "actionnews-2016-12-isis-recaptures-palmyra";
const REUTERS = "reuters-2017-syrian-army-to-enter-palmyra-very-soon";
const YNET = "ynet-2016-03-27-syrian-military-takes-control-of-palmyra";
const WHE = "world-heritage-explorer-site-of-palmyra";

export const site: SeedSite = {
  slug: "palmyra",
  name: "Palmyra",
  names: [
    { value: "Palmyra", lang: "en", kind: "CANONICAL" },
    { value: "Tadmur", lang: "ar-Latn", kind: "TRANSLITERATION" },
    { value: "تدمر", lang: "ar", kind: "VARIANT" },
  ],
  country: "Syria",
  countryCode: "SY",
  latitude: 34.5541666667,
  longitude: 38.2666666667,
  unescoId: "23",
  wikidataId: null,
  description:
    "The ancient city of Palmyra (Tadmur) in an oasis of the central Syrian desert, in Homs province; a UNESCO World Heritage Site.",
};

export const sources: SeedSource[] = [
  {
    slug: MEE,
    file: "000_59a51e2124e182b9.txt",
    title: "Syrian government forces enter Palmyra as IS warns inhabitants to flee",
    publisher: "Middle East Eye",
    authors: [],
    // No dateline. "IS has held since May last year" puts it in 2016; the offensive "the army launched
    // at the beginning of the month" is the "three-week campaign" ynet reports ending on 27 March 2016,
    // and IS still holds the city here, so it was published in March 2016, no later than the recapture.
    publishedEarliest: "2016-03-01",
    publishedLatest: "2016-03-27",
    publishedPrecision: "WINDOW",
    publishedText:
      "Not dated in the text. Derived: IS \"has held since May last year\" (2016); troops entering during an offensive launched \"at the beginning of the month\" and before the recapture reported on 27 March 2016 (ynet) → March 2016.",
    url: "https://acquiaprod.middleeasteye.net/news/syrian-government-forces-enter-palmyra-warns-inhabitants-flee",
    archiveUrl: null,
    language: "en",
    accessedAt: null,
    kind: "NEWS_ARTICLE",
    note:
      "URL is the address of the stored copy found with the search tool (pages corpus), whose text matches this file; that copy carries no date. The captured page's interface is French (\"Aller au contenu principal\"); the article is in English. AFP photo; no author named.",
    state: "PUBLISHED",
  },
  {
    slug: ALBAWABA,
    file: "001_08246f1d1662579e.txt",
    title: "Syrian army, militias push into Palmyra in anti-Daesh offensive",
    publisher: "Al Bawaba",
    authors: ["Weedah Hamzah", "Khalil Hamlo"],
    publishedEarliest: "2017-03-02",
    publishedLatest: "2017-03-02",
    publishedPrecision: "EXACT_DAY",
    publishedText: "Published March 2nd, 2017 - 08:00 GMT",
    url: "https://www.albawaba.me/news/syrian-army-militias-push-palmyra-anti-daesh-offensive-944652",
    archiveUrl: null,
    language: "en",
    accessedAt: null,
    kind: "NEWS_ARTICLE",
    note:
      "dpa report (\"told dpa\"). URL is the address of the stored copy found with the search tool (pages corpus); its text and dateline match this file.",
    state: "PUBLISHED",
  },
  {
    slug: ACTIONNEWS,
    file: "002_81374caab6dd300c.txt",
    title: "ISIS re-captures ancient city of Palmyra from Syrian government forces",
    publisher: "Action News",
    authors: [],
    // "ISIS re-occupied Palmyra on Sunday" while the Aleppo offensive "that began in late November" is
    // still under way ("before the end of the month"); IS retook Palmyra in December (Reuters, al-Bawaba)
    // and eastern Aleppo fell in December (Reuters) → a Sunday in December 2016.
    publishedEarliest: "2016-12-01",
    publishedLatest: "2016-12-31",
    publishedPrecision: "MONTH",
    publishedText:
      "Not dated in the text (the header \"Friday, November 29, 2024\" is the capture date). Derived: IS re-occupied Palmyra \"on Sunday\" in December 2016 while the Aleppo battle that \"began in late November\" was still being fought → December 2016.",
    url: null,
    archiveUrl: null,
    language: "en",
    accessedAt: "2024-11-29",
    kind: "NEWS_ARTICLE",
    note:
      "Calgary news portal page carrying Associated Press material (photo credits AP). accessedAt is the capture date shown in the page header. The same wire text appears in stored copies dated 12 December 2016 (jamaica-gleaner.com/article/world-news/20161212/amid-aleppo-offensive-recaptures-syrias-palmyra), but this page's own URL and date were not found.",
    state: "PUBLISHED",
  },
  {
    slug: REUTERS,
    file: "003_9dcdbf974426786a.txt",
    title: "Syrian army to enter Islamic State-held Palmyra ‘very soon’: source",
    // The captured page is Egypt Independent's republication of the Reuters report ("Related
    // Articles", "Back to top button"): cite the page that was read, credit the agency in the note.
    publisher: "Egypt Independent (Reuters)",
    authors: ["Tom Perry"],
    // It says IS took the city "in December", eastern Aleppo fell "in December" and the first recapture
    // was "last March" → written in 2017. It still expects the army to enter "very soon", which
    // al-Bawaba (2 March 2017) reports had happened by Wednesday 1 March → no later than 2 March 2017.
    publishedEarliest: "2017-01-01",
    publishedLatest: "2017-03-02",
    publishedPrecision: "WINDOW",
    publishedText:
      "Not dated in the text (\"said on Wednesday\"). Derived: after December 2016 (\"in December\", \"last March\") and before the army's entry into the city reported on 1 March 2017 (al-Bawaba).",
    url: "https://cloudflare.egyptindependent.com/syrian-army-enter-islamic-state-held-palmyra-very-soon-source/",
    archiveUrl: null,
    language: "en",
    accessedAt: null,
    kind: "NEWS_ARTICLE",
    note:
      "Reuters report as republished by Egypt Independent (\"Middle East\" section, \"Related Articles\"); the URL is that stored copy, found with the search tool, whose text matches this file. Credits: \"Reporting by Tom Perry in Beirut and Andrew Osborn in Moscow and Ali Abdelaty in Cairo; Writing by Tom Perry; Editing by Louise Ireland\". A stored blog post dated Wednesday 1 March 2017 (uprootedpalestinians.blogspot.com/2017/03/syrian-army-liberates-palmyra-triangle.html) reports the Palmyra Triangle taken \"today\", consistent with publication on 1 March 2017; not used for the date fields.",
    state: "PUBLISHED",
  },
  {
    slug: YNET,
    file: "004_fb0c546d5c0066be.txt",
    title: "Syrian military, allies takes control of Palmyra",
    publisher: "Ynetnews",
    authors: [],
    publishedEarliest: "2016-03-27",
    publishedLatest: "2016-03-27",
    publishedPrecision: "EXACT_DAY",
    publishedText: "פרסום ראשון: 03.27.16, 14:29",
    url: null,
    archiveUrl: null,
    language: "en",
    accessedAt: null,
    kind: "NEWS_ARTICLE",
    note: "\"פרסום ראשון\" means \"first published\"; the date is written MM.DD.YY. No author named; the page's URL was not found.",
    state: "PUBLISHED",
  },
  {
    slug: WHE,
    file: null,
    title: "Site of Palmyra",
    publisher: "World Heritage Explorer",
    authors: [],
    publishedEarliest: null,
    publishedLatest: null,
    publishedPrecision: "UNKNOWN",
    publishedText: null,
    url: "https://www.worldheritageexplorer.org/sites/site_of_palmyra.html",
    archiveUrl: null,
    language: "en",
    accessedAt: null,
    kind: "REFERENCE_WORK",
    note:
      "Reference page read through the search tool (pages corpus); cited only for the site's UNESCO identification number and coordinates.",
    state: "PUBLISHED",
  },
];

export const actors: SeedActor[] = [
  {
    slug: "islamic-state",
    name: "Islamic State",
    kind: "ARMED_GROUP",
    aliases: [
      { value: "IS", lang: "en" },
      { value: "ISIS", lang: "en" },
      { value: "ISIL", lang: "en" },
      { value: "Islamic State", lang: "en" },
      { value: "Islamic State group", lang: "en" },
      { value: "Daesh", lang: "en" },
    ],
  },
  {
    slug: "syrian-government-forces",
    name: "Syrian government forces",
    kind: "STATE_FORCES",
    aliases: [
      { value: "Syrian army", lang: "en" },
      { value: "Syrian troops", lang: "en" },
      { value: "government forces", lang: "en" },
      { value: "government troops", lang: "en" },
      { value: "regime", lang: "en" },
      { value: "Assad regime", lang: "en" },
      { value: "pro-government forces", lang: "en" },
    ],
  },
  {
    slug: "russian-forces",
    name: "Russian forces",
    kind: "FOREIGN_FORCES",
    aliases: [
      { value: "Russia", lang: "en" },
      { value: "Russian troops", lang: "en" },
    ],
  },
];

export const monuments: SeedMonument[] = [
  {
    slug: "temple-of-bel",
    name: "Temple of Bel",
    names: [
      { value: "Temple of Bel", lang: "en", kind: "CANONICAL" },
      { value: "Temple of Baal", lang: "en", kind: "VARIANT" },
      { value: "معبد بل", lang: "ar", kind: "VARIANT" },
    ],
    type: "TEMPLE",
    constructionDate: null,
    constructionYear: null,
    description: "An ancient temple in Palmyra.",
    latitude: null,
    longitude: null,
    locationPrecision: "UNKNOWN",
    parent: null,
    wikidataId: null,
    state: "PUBLISHED",
  },
  {
    slug: "monumental-arch",
    name: "Monumental Arch",
    names: [
      { value: "Monumental Arch", lang: "en", kind: "CANONICAL" },
      { value: "triumphal arch", lang: "en", kind: "VARIANT" },
      { value: "Arch of Triumph", lang: "en", kind: "VARIANT" },
      { value: "قوس النصر", lang: "ar", kind: "VARIANT" },
    ],
    type: "ARCH",
    constructionDate: null,
    constructionYear: null,
    description: "An ancient monumental arch in Palmyra, also called the triumphal arch.",
    latitude: null,
    longitude: null,
    locationPrecision: "UNKNOWN",
    parent: null,
    wikidataId: null,
    state: "PUBLISHED",
  },
  {
    slug: "tetrapylon",
    name: "Tetrapylon",
    names: [
      { value: "Tetrapylon", lang: "en", kind: "CANONICAL" },
      { value: "التترابيلون", lang: "ar", kind: "VARIANT" },
    ],
    type: "TETRAPYLON",
    constructionDate: null,
    constructionYear: null,
    description: "The tetrapylon monument of ancient Palmyra.",
    latitude: null,
    longitude: null,
    locationPrecision: "UNKNOWN",
    parent: null,
    wikidataId: null,
    state: "PUBLISHED",
  },
  {
    slug: "roman-theatre",
    name: "Roman Theatre",
    names: [
      { value: "Roman Theatre", lang: "en", kind: "CANONICAL" },
      { value: "Roman Theater", lang: "en", kind: "VARIANT" },
      { value: "Roman-era theatre", lang: "en", kind: "VARIANT" },
      { value: "amphitheatre", lang: "en", kind: "LOOSE" },
      { value: "المسرح الروماني", lang: "ar", kind: "VARIANT" },
    ],
    type: "THEATRE",
    constructionDate: null,
    constructionYear: null,
    description: "The Roman-era theatre of ancient Palmyra.",
    latitude: null,
    longitude: null,
    locationPrecision: "UNKNOWN",
    parent: null,
    wikidataId: null,
    state: "PUBLISHED",
  },
  {
    slug: "roman-theatre-facade",
    name: "Roman Theatre facade",
    names: [
      { value: "Roman Theatre facade", lang: "en", kind: "CANONICAL" },
      { value: "facade of Palmyra's Roman Theater", lang: "en", kind: "VARIANT" },
      { value: "واجهة المسرح الروماني", lang: "ar", kind: "VARIANT" },
    ],
    type: "ARCHITECTURAL_ELEMENT",
    constructionDate: null,
    constructionYear: null,
    description: "The facade of Palmyra's Roman theatre.",
    latitude: null,
    longitude: null,
    locationPrecision: "UNKNOWN",
    parent: "roman-theatre",
    wikidataId: null,
    state: "PUBLISHED",
  },
  {
    slug: "tower-tombs",
    name: "Tower Tombs",
    names: [
      { value: "Tower Tombs", lang: "en", kind: "CANONICAL" },
      { value: "المدافن البرجية", lang: "ar", kind: "VARIANT" },
    ],
    type: "TOMB_GROUP",
    constructionDate: null,
    constructionYear: null,
    description: "The group of ancient tower tombs at Palmyra.",
    latitude: null,
    longitude: null,
    locationPrecision: "UNKNOWN",
    parent: null,
    wikidataId: null,
    state: "PUBLISHED",
  },
  {
    slug: "palmyra-castle",
    name: "Palmyra Castle",
    names: [
      { value: "Palmyra Castle", lang: "en", kind: "CANONICAL" },
      { value: "castle", lang: "en", kind: "VARIANT" },
      { value: "citadel", lang: "en", kind: "VARIANT" },
      { value: "قلعة تدمر", lang: "ar", kind: "VARIANT" },
    ],
    type: "CASTLE",
    constructionDate: null,
    constructionYear: null,
    description: "A castle, also called the citadel, just outside the town of Palmyra, overlooking the ancient ruins.",
    latitude: null,
    longitude: null,
    locationPrecision: "UNKNOWN",
    parent: null,
    wikidataId: null,
    state: "PUBLISHED",
  },
  {
    slug: "palmyra-museum",
    name: "Palmyra Museum",
    names: [
      { value: "Palmyra Museum", lang: "en", kind: "CANONICAL" },
      { value: "متحف تدمر", lang: "ar", kind: "VARIANT" },
    ],
    type: "MUSEUM",
    constructionDate: null,
    constructionYear: null,
    description: "The museum of Palmyra, overlooked by the citadel.",
    latitude: null,
    longitude: null,
    locationPrecision: "UNKNOWN",
    parent: null,
    wikidataId: null,
    state: "PUBLISHED",
  },
];

export const events: SeedEvent[] = [
  {
    key: "monumental-arch-destroyed-reuters",
    monument: "monumental-arch",
    sameAs: null,
    // "first period in control": IS's capture in May 2015 to the government's recapture reported on
    // 27 March 2016 (see the control periods).
    dateEarliest: "2015-05-01",
    dateLatest: "2016-03-27",
    datePrecision: "WINDOW",
    dateText: "During its first period in control of the site",
    method: "UNKNOWN",
    extent: "DESTROYED",
    actor: "islamic-state",
    attribution: "ALLEGED",
    // Reuters and dpa (al-Bawaba) independently report the arch destroyed.
    confidence: "PROBABLE",
    description: "Reuters reports that Islamic State destroyed the monumental arch during its first period in control of Palmyra.",
    state: "PUBLISHED",
    citations: [
      {
        source: REUTERS,
        quote: "During its first period in control of the site, the jihadists destroyed monuments including a 1,800-year-old monumental arch.",
        prefix: "\nIslamic State first captured Palmyra from the government in 2015. ",
        suffix: "\n\nMost recently, Islamic State has razed the landmark Tetrapylon and",
        paragraph: 9,
      },
    ],
  },
  {
    key: "monumental-arch-destroyed-albawaba",
    monument: "monumental-arch",
    sameAs: "monumental-arch-destroyed-reuters",
    // Any time after the capture in May 2015 up to the article's publication on 2 March 2017.
    dateEarliest: "2015-05-01",
    dateLatest: "2017-03-02",
    datePrecision: "WINDOW",
    dateText: "After Islamic State extremists captured the city in May 2015",
    method: "EXPLOSIVES",
    extent: "DESTROYED",
    actor: "islamic-state",
    attribution: "ALLEGED",
    confidence: "PROBABLE",
    description:
      "dpa (al-Bawaba) reports that the triumphal arch is gone: after capturing the city in May 2015, Islamic State packed it with explosives and reduced it to rubble.",
    state: "PUBLISHED",
    citations: [
      {
        source: ALBAWABA,
        quote: "The triumphal arch, the temple of Bel and most of the tower tombs are gone now. After Islamic State extremists captured the city in May 2015, they packed them with explosives and reduced them to piles of rubble.",
        prefix: "edge of date-palm groves in an oasis of the central Syrian desert.\n\n",
        suffix: " The group also destroyed Palmyra's tetrapylon monument.\n\nUN cultural",
        paragraph: 19,
      },
    ],
  },
  {
    key: "temple-of-bel-destroyed-albawaba",
    monument: "temple-of-bel",
    sameAs: null,
    dateEarliest: "2015-05-01",
    dateLatest: "2017-03-02",
    datePrecision: "WINDOW",
    dateText: "After Islamic State extremists captured the city in May 2015",
    method: "EXPLOSIVES",
    extent: "DESTROYED",
    actor: "islamic-state",
    attribution: "ALLEGED",
    // Only one of the five articles names the temple of Bel.
    confidence: "REPORTED",
    description:
      "dpa (al-Bawaba) reports that the temple of Bel is gone: Islamic State packed it with explosives and reduced it to rubble; UNESCO called its destruction \"an intolerable crime against civilization\".",
    state: "PUBLISHED",
    citations: [
      {
        source: ALBAWABA,
        quote: "The triumphal arch, the temple of Bel and most of the tower tombs are gone now. After Islamic State extremists captured the city in May 2015, they packed them with explosives and reduced them to piles of rubble.",
        prefix: "edge of date-palm groves in an oasis of the central Syrian desert.\n\n",
        suffix: " The group also destroyed Palmyra's tetrapylon monument.\n\nUN cultural",
        paragraph: 19,
      },
      {
        source: ALBAWABA,
        quote: "UN cultural agency UNESCO described the destruction of the temple of Bel at the time as \"an intolerable crime against civilization.\"",
        prefix: "of rubble. The group also destroyed Palmyra's tetrapylon monument.\n\n",
        suffix: "\n\nThe hardline Islamist militants also used the ancient city's",
        paragraph: 20,
      },
    ],
  },
  {
    key: "tower-tombs-destroyed-albawaba",
    monument: "tower-tombs",
    sameAs: null,
    dateEarliest: "2015-05-01",
    dateLatest: "2017-03-02",
    datePrecision: "WINDOW",
    dateText: "After Islamic State extremists captured the city in May 2015",
    method: "EXPLOSIVES",
    // "most of the tower tombs are gone": most, not all, of the group → SEVERE for the group.
    extent: "SEVERE",
    actor: "islamic-state",
    attribution: "ALLEGED",
    confidence: "REPORTED",
    description:
      "dpa (al-Bawaba) reports that most of the tower tombs are gone, packed with explosives and reduced to rubble by Islamic State.",
    state: "PUBLISHED",
    citations: [
      {
        source: ALBAWABA,
        quote: "The triumphal arch, the temple of Bel and most of the tower tombs are gone now. After Islamic State extremists captured the city in May 2015, they packed them with explosives and reduced them to piles of rubble.",
        prefix: "edge of date-palm groves in an oasis of the central Syrian desert.\n\n",
        suffix: " The group also destroyed Palmyra's tetrapylon monument.\n\nUN cultural",
        paragraph: 19,
      },
    ],
  },
  {
    key: "tetrapylon-destroyed-reuters",
    monument: "tetrapylon",
    sameAs: null,
    // "Most recently": the second period of IS control, from December 2016 to the article's latest
    // possible publication date.
    dateEarliest: "2016-12-01",
    dateLatest: "2017-03-02",
    datePrecision: "WINDOW",
    dateText: "Most recently",
    // "razed": deliberately levelled; the article does not say how.
    method: "DEMOLITION",
    extent: "DESTROYED",
    actor: "islamic-state",
    attribution: "ALLEGED",
    // Reuters and dpa (al-Bawaba) independently report the tetrapylon destroyed; they differ only in
    // how they date it (al-Bawaba's window contains this one).
    confidence: "PROBABLE",
    description: "Reuters reports that Islamic State most recently razed the Tetrapylon, during its second period in control of Palmyra.",
    state: "PUBLISHED",
    citations: [
      {
        source: REUTERS,
        quote: "Most recently, Islamic State has razed the landmark Tetrapylon and the facade of Palmyra's Roman Theater.",
        prefix: "destroyed monuments including a 1,800-year-old monumental arch.\n\n",
        suffix: " Palmyra, known in Arabic as Tadmur, stood at the crossroads of the",
        paragraph: 10,
      },
    ],
  },
  {
    key: "tetrapylon-destroyed-albawaba",
    monument: "tetrapylon",
    sameAs: "tetrapylon-destroyed-reuters",
    // al-Bawaba names the tetrapylon right after the May 2015 capture but gives it no date of its own:
    // any time from May 2015 to publication.
    dateEarliest: "2015-05-01",
    dateLatest: "2017-03-02",
    datePrecision: "WINDOW",
    dateText: "After Islamic State extremists captured the city in May 2015",
    method: "UNKNOWN",
    extent: "DESTROYED",
    actor: "islamic-state",
    attribution: "ALLEGED",
    confidence: "PROBABLE",
    description: "dpa (al-Bawaba) reports that Islamic State destroyed Palmyra's tetrapylon monument, after capturing the city in May 2015.",
    state: "PUBLISHED",
    citations: [
      {
        source: ALBAWABA,
        quote: "After Islamic State extremists captured the city in May 2015, they packed them with explosives and reduced them to piles of rubble. The group also destroyed Palmyra's tetrapylon monument.",
        prefix: "arch, the temple of Bel and most of the tower tombs are gone now. ",
        suffix: "\n\nUN cultural agency UNESCO described the destruction of the temple",
        paragraph: 19,
      },
    ],
  },
  {
    key: "roman-theatre-facade-destroyed-reuters",
    monument: "roman-theatre-facade",
    sameAs: null,
    dateEarliest: "2016-12-01",
    dateLatest: "2017-03-02",
    datePrecision: "WINDOW",
    dateText: "Most recently",
    method: "DEMOLITION",
    extent: "DESTROYED",
    actor: "islamic-state",
    attribution: "ALLEGED",
    confidence: "REPORTED",
    description: "Reuters reports that Islamic State most recently razed the facade of Palmyra's Roman Theater, during its second period in control.",
    state: "PUBLISHED",
    citations: [
      {
        source: REUTERS,
        quote: "Most recently, Islamic State has razed the landmark Tetrapylon and the facade of Palmyra's Roman Theater.",
        prefix: "destroyed monuments including a 1,800-year-old monumental arch.\n\n",
        suffix: " Palmyra, known in Arabic as Tadmur, stood at the crossroads of the",
        paragraph: 10,
      },
    ],
  },
  {
    key: "roman-theatre-beheadings-mee",
    monument: "roman-theatre",
    sameAs: null,
    // Under IS rule, from May 2015 to the article's latest possible publication date.
    dateEarliest: "2015-05-01",
    dateLatest: "2016-03-27",
    datePrecision: "WINDOW",
    dateText: "which IS has held since May last year",
    method: "MILITARY_USE",
    extent: null,
    actor: "islamic-state",
    attribution: "ALLEGED",
    // Not linked to the al-Bawaba claim: public beheadings and a mass execution of captured troops are
    // not shown to be the same occurrence.
    confidence: "REPORTED",
    description: "Middle East Eye reports that Islamic State's abuses in Palmyra included public beheadings in the city's ancient theatre (\"amphitheatre\").",
    state: "PUBLISHED",
    citations: [
      {
        source: MEE,
        quote: "Despite the exactions of the group, which have included public beheadings in the city's ancient amphitheatre, some 15,000 of Palmyra's 70,000 residents stayed on under IS rule",
        prefix: "of the month with the support of intense Russian air raids.\n\n",
        suffix: ", according to Observatory director Rami Abdel Rahman.\n\n\"The vast",
        paragraph: 10,
      },
    ],
  },
  {
    key: "roman-theatre-mass-execution-albawaba",
    monument: "roman-theatre",
    sameAs: null,
    // The article gives no date; IS held the city from May 2015, and the article is of 2 March 2017.
    dateEarliest: "2015-05-01",
    dateLatest: "2017-03-02",
    datePrecision: "WINDOW",
    dateText: null,
    method: "MILITARY_USE",
    extent: null,
    actor: "islamic-state",
    attribution: "ALLEGED",
    confidence: "REPORTED",
    description: "dpa (al-Bawaba) reports that the militants used the Roman-era theatre for the mass execution of captured Syrian government troops.",
    state: "PUBLISHED",
    citations: [
      {
        source: ALBAWABA,
        quote: "The hardline Islamist militants also used the ancient city's Roman-era theatre for the mass execution of captured Syrian government troops.",
        prefix: "of Bel at the time as \"an intolerable crime against civilization.\"\n\n",
        suffix: "\n\nBy Weedah Hamzah and Khalil Hamlo\n\nSubscribe\n\nSign up to our",
        paragraph: 21,
      },
    ],
  },
  {
    key: "palmyra-castle-seized-actionnews",
    monument: "palmyra-castle",
    sameAs: null,
    // IS's retaking of the city, which the article reports "on Sunday"; its publication is dated to
    // December 2016 (see the source), so the seizure is known to the month.
    dateEarliest: "2016-12-01",
    dateLatest: "2016-12-31",
    datePrecision: "MONTH",
    dateText: "But hours later",
    method: "MILITARY_USE",
    extent: null,
    actor: "islamic-state",
    attribution: "ALLEGED",
    // Action News (AP material) and al-Bawaba (dpa) independently report the castle taken in December 2016.
    confidence: "PROBABLE",
    description: "Activists quoted by Action News said Islamic State seized the castle overlooking Palmyra's ruins; a photo shows the ISIS flag raised on it.",
    state: "PUBLISHED",
    citations: [
      {
        source: ACTIONNEWS,
        quote: "But hours later, the activists said IS had seized a castle just outside the town that overlooks its famed Roman-era ruins.",
        prefix: "it had launched 64 airstrikes overnight that killed 300 militants. ",
        suffix: "\n\nThe ISIS flag, top centre, is raised on the top of Palmyra castle.",
        paragraph: 31,
      },
      {
        source: ACTIONNEWS,
        quote: "The ISIS flag, top centre, is raised on the top of Palmyra castle.",
        prefix: "just outside the town that overlooks its famed Roman-era ruins.\n\n",
        suffix: " Palmyra was a major tourist attraction before the civil war broke",
        paragraph: 32,
      },
    ],
  },
  {
    key: "palmyra-castle-seized-albawaba",
    monument: "palmyra-castle",
    sameAs: "palmyra-castle-seized-actionnews",
    dateEarliest: "2016-12-01",
    dateLatest: "2016-12-31",
    datePrecision: "MONTH",
    dateText: "Last December",
    method: "MILITARY_USE",
    extent: null,
    actor: "islamic-state",
    attribution: "ALLEGED",
    confidence: "PROBABLE",
    description: "dpa (al-Bawaba) reports that Daesh fighters seized the city, its airport and a castle outside Palmyra in December 2016.",
    state: "PUBLISHED",
    citations: [
      {
        source: ALBAWABA,
        quote: "Last December, Daesh fighters seized the historic city, its airport and a castle located outside Palmyra",
        prefix: "and explosives that were left behind by the extremist militia.\n\n",
        suffix: " despite intense airstrikes by regime jets and those of its ally,",
        paragraph: 16,
      },
    ],
  },
];

export const controlPeriods: SeedControlPeriod[] = [
  {
    key: "islamic-state-2015-2016",
    actor: "islamic-state",
    startEarliest: "2015-05-01",
    startLatest: "2015-05-31",
    startPrecision: "MONTH",
    startText: "which Daesh had seized in May 2015",
    // ynet (first published Sunday 27 March 2016): the recapture was "said on Sunday", and that morning
    // the bulk of the IS force had pulled out.
    endEarliest: "2016-03-27",
    endLatest: "2016-03-27",
    endPrecision: "REPORTED_DAY",
    endText: "Syrian government forces recaptured Palmyra, state media and a monitoring group said on Sunday",
    // Several independent reports (MEE, ynet, al-Bawaba/dpa, Reuters, Action News) agree on the period.
    confidence: "PROBABLE",
    description: "Islamic State held Palmyra from its capture in May 2015 until the government's recapture in late March 2016.",
    state: "PUBLISHED",
    citations: [
      {
        source: ALBAWABA,
        quote: "In late March 2016, government forces recaptured Palmyra, which Daesh had seized in May 2015",
        prefix: "intense airstrikes by regime jets and those of its ally, Russia.\n\n",
        suffix: ", wreaking havoc on the city's famed monuments.\n\nPalmyra is a",
        paragraph: 17,
      },
      {
        source: YNET,
        quote: "The Assad regime has taken full control of the city of Tadmur and the ancient city of Palmyra from ISIS, which held the city since May 2015",
        prefix: "Photo: MCT\n\nSyrian military, allies takes control of Palmyra\n\n",
        suffix: ", bringing Assad closer to reclaiming the eastern Syrian desert and",
        paragraph: 5,
      },
      {
        source: YNET,
        quote: "Syrian government forces recaptured Palmyra, state media and a monitoring group said on Sunday, inflicting a significant defeat on the Islamic State group which seized the city last year and destroyed its ancient temples.",
        prefix: "to reclaiming the eastern Syrian desert and Deir Ezzour.\n\nBEIRUT - ",
        suffix: "\n\n\n\nHowever, a Syrian AFP reporter is saying that it is still",
        paragraph: 6,
      },
      {
        source: YNET,
        quote: "The Syrian Observatory for Human Rights said there was still gunfire in the eastern part of the city on Sunday morning but the bulk of the Islamic State force had pulled out and retreated east, leaving Palmyra under President Bashar Assad's control.",
        prefix: "the city and were clearing mines and bombs laid by the militants.\n\n\n",
        suffix: "\n\n\nSyrian army troops in Palmyra (Photo: EPA)\nSyrian army troops in",
        paragraph: 9,
      },
      {
        source: MEE,
        quote: "Syrian troops and militia entered the historic city of Palmyra, which IS has held since May last year",
        prefix: "view of the castle of the ancient Syrian city of Palmyra (AFP)\n\n",
        suffix: ", after advancing to within two kilometres on Wednesday.\n\nAccording",
        paragraph: 5,
      },
      {
        source: REUTERS,
        quote: "Islamic State first captured Palmyra from the government in 2015.",
        prefix: "a tank. Reuters could not verify the authenticity of the photos.\n\n",
        suffix: " During its first period in control of the site, the jihadists",
        paragraph: 9,
      },
      {
        source: ACTIONNEWS,
        quote: "The militants had spent 10 months in Palmyra, during which they dynamited a number of temples and destroyed other artifacts.",
        prefix: "to position itself as part of the global anti-terrorism campaign.\n\n",
        suffix: "\n\nSunday's takeover came hours after government troops and Russian",
        paragraph: 12,
      },
    ],
  },
  {
    key: "syrian-government-forces-2016",
    actor: "syrian-government-forces",
    startEarliest: "2016-03-27",
    startLatest: "2016-03-27",
    startPrecision: "REPORTED_DAY",
    startText: "Syrian government forces recaptured Palmyra, state media and a monitoring group said on Sunday",
    endEarliest: "2016-12-01",
    endLatest: "2016-12-31",
    endPrecision: "MONTH",
    endText: "The Syrian government lost control of Palmyra to Islamic State in December",
    confidence: "PROBABLE",
    description: "Syrian government forces, backed by Russian air strikes, held Palmyra from its recapture in late March 2016 until Islamic State retook it in December 2016.",
    state: "PUBLISHED",
    citations: [
      {
        source: YNET,
        quote: "Syrian government forces recaptured Palmyra, state media and a monitoring group said on Sunday, inflicting a significant defeat on the Islamic State group which seized the city last year and destroyed its ancient temples.",
        prefix: "to reclaiming the eastern Syrian desert and Deir Ezzour.\n\nBEIRUT - ",
        suffix: "\n\n\n\nHowever, a Syrian AFP reporter is saying that it is still",
        paragraph: 6,
      },
      {
        source: ALBAWABA,
        quote: "In late March 2016, government forces recaptured Palmyra, which Daesh had seized in May 2015",
        prefix: "intense airstrikes by regime jets and those of its ally, Russia.\n\n",
        suffix: ", wreaking havoc on the city's famed monuments.\n\nPalmyra is a",
        paragraph: 17,
      },
      {
        source: REUTERS,
        quote: "The Syrian government lost control of Palmyra to Islamic State in December, having first recaptured it with Russian air support last March.",
        prefix: "the city will begin very soon,\" the military source told Reuters.\n\n",
        suffix: " The group has razed ancient monuments during both of its spells in",
        paragraph: 6,
      },
      {
        source: ACTIONNEWS,
        quote: "Militants re-entered the city on Saturday for the first time since they were expelled by Syrian and Russian forces amid much fanfare nine months ago.",
        prefix: "in central Syria gives it some strategic significance as well.\n\n",
        suffix: " The government's first important win against the ISIS in the",
        paragraph: 11,
      },
    ],
  },
  {
    key: "islamic-state-2016-2017",
    actor: "islamic-state",
    startEarliest: "2016-12-01",
    startLatest: "2016-12-31",
    startPrecision: "MONTH",
    startText: "Last December, Daesh fighters seized the historic city",
    // Only the start is independently corroborated; the end rests on one report of an entry and of an
    // IS withdrawal "said on Wednesday" (1 March 2017, the day before al-Bawaba's publication).
    endEarliest: "2017-03-01",
    endLatest: "2017-03-01",
    endPrecision: "REPORTED_DAY",
    endText: "reports are saying that Daesh militants have withdrawn from inside the city of Palmyra",
    confidence: "PROBABLE",
    description:
      "Islamic State retook Palmyra in December 2016 while government forces were fighting in Aleppo; on 1 March 2017 the army was reported to have entered the city and IS to have withdrawn.",
    state: "PUBLISHED",
    citations: [
      {
        source: ACTIONNEWS,
        quote: "ISIS re-occupied Palmyra on Sunday, taking the ancient central city from government troops in a major advance after a year of setbacks in Syria and neighbouring Iraq, a Syrian government official and the group said.",
        prefix: "in a major advance after a year of setbacks (Militant photo via AP)\n\n",
        suffix: "\n\nIn retaking Palmyra, the extremist group appeared to be taking",
        paragraph: 8,
      },
      {
        source: REUTERS,
        quote: "The Syrian government lost control of Palmyra to Islamic State in December, having first recaptured it with Russian air support last March.",
        prefix: "the city will begin very soon,\" the military source told Reuters.\n\n",
        suffix: " The group has razed ancient monuments during both of its spells in",
        paragraph: 6,
      },
      {
        source: ALBAWABA,
        quote: "Last December, Daesh fighters seized the historic city, its airport and a castle located outside Palmyra",
        prefix: "and explosives that were left behind by the extremist militia.\n\n",
        suffix: " despite intense airstrikes by regime jets and those of its ally,",
        paragraph: 16,
      },
      {
        source: ALBAWABA,
        quote: "Palmyra, which is a UNESCO world heritage site, was recaptured by Daesh late last year",
        prefix: "managing to foil various attacks by the Syrian army in recent days.\n\n",
        suffix: " while the Syrian army focused on gaining full control of the",
        paragraph: 10,
      },
      {
        source: ALBAWABA,
        quote: "He added that reports are saying that Daesh militants have withdrawn from inside the city of Palmyra.",
        prefix: "and north-western sectors of the outskirts of the city of Palmyra.\n\n",
        suffix: " \u00a0\n\nDaesh has put up a strong fight, managing to foil various attacks",
        paragraph: 8,
      },
    ],
  },
  {
    key: "syrian-government-forces-2017",
    actor: "syrian-government-forces",
    // The army's entry was "said on Wednesday" in an article published Thursday 2 March 2017.
    startEarliest: "2017-03-01",
    startLatest: "2017-03-01",
    startPrecision: "REPORTED_DAY",
    startText: "The Syrian army and its allies have entered Palmyra as part of an operation to oust Islamic State militants from the ancient city, a monitoring group said on Wednesday.",
    endEarliest: null,
    endLatest: null,
    endPrecision: null,
    endText: null,
    // A single report of entry and of an IS withdrawal; the same article says clashes continued and
    // that recapturing the city was still "a matter of time".
    confidence: "REPORTED",
    description:
      "Syrian government forces and allies, backed by Russian aircraft, were reported on 1 March 2017 to have entered Palmyra, with IS reported to have withdrawn; full control was not yet reported.",
    state: "PUBLISHED",
    citations: [
      {
        source: ALBAWABA,
        quote: "The Syrian army and its allies have entered Palmyra as part of an operation to oust Islamic State militants from the ancient city, a monitoring group said on Wednesday.",
        prefix: "city of Palmyra was recaptured by Daesh in late 2016. (AFP/File)\n\n",
        suffix: "\n\n\"The Syrian troops accompanied by their allies backed by Russians",
        paragraph: 5,
      },
      {
        source: ALBAWABA,
        quote: "He added that reports are saying that Daesh militants have withdrawn from inside the city of Palmyra.",
        prefix: "and north-western sectors of the outskirts of the city of Palmyra.\n\n",
        suffix: " \u00a0\n\nDaesh has put up a strong fight, managing to foil various attacks",
        paragraph: 8,
      },
      {
        source: ALBAWABA,
        quote: "A Syrian military official said that recapturing Palmyra \"is a matter of time.\"",
        prefix: "the city, thus bringing it under the army's firing range.\n\n",
        suffix: " \u00a0\n\n\"There is a big collapse in the ranks of Daesh fighters,\" the",
        paragraph: 13,
      },
    ],
  },
];

export const monumentFacts: SeedMonumentFact[] = [
  {
    monument: "monumental-arch",
    field: "age",
    source: REUTERS,
    quote: "a 1,800-year-old monumental arch",
    prefix: "in control of the site, the jihadists destroyed monuments including ",
    suffix: ".\n\nMost recently, Islamic State has razed the landmark Tetrapylon and",
    paragraph: 9,
  },
  {
    monument: "monumental-arch",
    field: "name",
    source: ALBAWABA,
    quote: "The triumphal arch",
    prefix: "edge of date-palm groves in an oasis of the central Syrian desert.\n\n",
    suffix: ", the temple of Bel and most of the tower tombs are gone now. After",
    paragraph: 19,
  },
  {
    monument: "temple-of-bel",
    field: "name",
    source: ALBAWABA,
    quote: "the temple of Bel",
    prefix: "in an oasis of the central Syrian desert.\n\nThe triumphal arch, ",
    suffix: " and most of the tower tombs are gone now. After Islamic State",
    paragraph: 19,
  },
  {
    monument: "tower-tombs",
    field: "name",
    source: ALBAWABA,
    quote: "the tower tombs",
    prefix: "Syrian desert.\n\nThe triumphal arch, the temple of Bel and most of ",
    suffix: " are gone now. After Islamic State extremists captured the city in",
    paragraph: 19,
  },
  {
    monument: "tetrapylon",
    field: "name",
    source: ALBAWABA,
    quote: "Palmyra's tetrapylon monument",
    prefix: "and reduced them to piles of rubble. The group also destroyed ",
    suffix: ".\n\nUN cultural agency UNESCO described the destruction of the temple",
    paragraph: 19,
  },
  {
    monument: "tetrapylon",
    field: "name",
    source: REUTERS,
    quote: "the landmark Tetrapylon",
    prefix: "monumental arch.\n\nMost recently, Islamic State has razed ",
    suffix: " and the facade of Palmyra's Roman Theater. Palmyra, known in Arabic",
    paragraph: 10,
  },
  {
    monument: "roman-theatre",
    field: "name",
    source: REUTERS,
    quote: "Palmyra's Roman Theater",
    prefix: "Islamic State has razed the landmark Tetrapylon and the facade of ",
    suffix: ". Palmyra, known in Arabic as Tadmur, stood at the crossroads of the",
    paragraph: 10,
  },
  {
    monument: "roman-theatre",
    field: "name",
    source: ALBAWABA,
    quote: "the ancient city's Roman-era theatre",
    prefix: "against civilization.\"\n\nThe hardline Islamist militants also used ",
    suffix: " for the mass execution of captured Syrian government troops.\n\nBy",
    paragraph: 21,
  },
  {
    monument: "roman-theatre",
    field: "name",
    source: MEE,
    quote: "the city's ancient amphitheatre",
    prefix: "the exactions of the group, which have included public beheadings in ",
    suffix: ", some 15,000 of Palmyra's 70,000 residents stayed on under IS rule,",
    paragraph: 10,
  },
  {
    monument: "roman-theatre-facade",
    field: "name",
    source: REUTERS,
    quote: "the facade of Palmyra's Roman Theater",
    prefix: "\nMost recently, Islamic State has razed the landmark Tetrapylon and ",
    suffix: ". Palmyra, known in Arabic as Tadmur, stood at the crossroads of the",
    paragraph: 10,
  },
  {
    monument: "palmyra-castle",
    field: "name",
    source: ACTIONNEWS,
    quote: "Palmyra castle",
    prefix: "Roman-era ruins.\n\nThe ISIS flag, top centre, is raised on the top of ",
    suffix: ". Palmyra was a major tourist attraction before the civil war broke",
    paragraph: 32,
  },
  {
    monument: "palmyra-castle",
    field: "name",
    source: MEE,
    quote: "the castle of the ancient Syrian city of Palmyra",
    prefix: "This file photo taken on May 18, 2015 shows a general view of ",
    suffix: " (AFP)\n\nSyrian troops and militia entered the historic city of",
    paragraph: 4,
  },
  {
    monument: "palmyra-castle",
    field: "location",
    source: ACTIONNEWS,
    quote: "a castle just outside the town that overlooks its famed Roman-era ruins",
    prefix: "300 militants. But hours later, the activists said IS had seized ",
    suffix: ".\n\nThe ISIS flag, top centre, is raised on the top of Palmyra castle.",
    paragraph: 31,
  },
  {
    monument: "palmyra-castle",
    field: "location",
    source: ALBAWABA,
    quote: "a castle located outside Palmyra",
    prefix: "December, Daesh fighters seized the historic city, its airport and ",
    suffix: " despite intense airstrikes by regime jets and those of its ally,",
    paragraph: 16,
  },
  {
    monument: "palmyra-castle",
    field: "name",
    source: ACTIONNEWS,
    quote: "the citadel that overlooks the ruins",
    prefix: "a main square in the city that appears deserted at the foothills of ",
    suffix: " and the Palmyra Museum.\n\nRussia had earlier claimed to have repelled",
    paragraph: 30,
  },
  {
    monument: "palmyra-museum",
    field: "name",
    source: ACTIONNEWS,
    quote: "the Palmyra Museum",
    prefix: "at the foothills of the citadel that overlooks the ruins and ",
    suffix: ".\n\nRussia had earlier claimed to have repelled an IS attack on",
    paragraph: 30,
  },
  {
    monument: "palmyra-museum",
    field: "location",
    source: ACTIONNEWS,
    quote: "the citadel that overlooks the ruins and the Palmyra Museum",
    prefix: "a main square in the city that appears deserted at the foothills of ",
    suffix: ".\n\nRussia had earlier claimed to have repelled an IS attack on",
    paragraph: 30,
  },
];

export const siteFacts: SeedSiteFact[] = [
  {
    site: "palmyra",
    field: "name",
    source: REUTERS,
    quote: "Palmyra, known in Arabic as Tadmur",
    prefix: "the landmark Tetrapylon and the facade of Palmyra's Roman Theater. ",
    suffix: ", stood at the crossroads of the ancient world.\n\nThe government and",
    paragraph: 10,
  },
  {
    site: "palmyra",
    field: "name",
    source: YNET,
    quote: "the city of Tadmur and the ancient city of Palmyra",
    prefix: "takes control of Palmyra\n\nThe Assad regime has taken full control of ",
    suffix: " from ISIS, which held the city since May 2015, bringing Assad closer",
    paragraph: 5,
  },
  {
    site: "palmyra",
    field: "description",
    source: ALBAWABA,
    quote: "Palmyra is a spectacular classical city nestled on the edge of date-palm groves in an oasis of the central Syrian desert.",
    prefix: "seized in May 2015, wreaking havoc on the city's famed monuments.\n\n",
    suffix: "\n\nThe triumphal arch, the temple of Bel and most of the tower tombs",
    paragraph: 18,
  },
  {
    site: "palmyra",
    field: "location",
    source: ACTIONNEWS,
    quote: "Palmyra lies in Syria's largest province, Homs",
    prefix: "around the city and expanding the group's presence in rural Homs. ",
    suffix: ", which is mostly under government control.\n\nThis image made from",
    paragraph: 27,
  },
  {
    site: "palmyra",
    field: "unesco",
    source: ALBAWABA,
    quote: "Palmyra, which is a UNESCO world heritage site",
    prefix: "managing to foil various attacks by the Syrian army in recent days.\n\n",
    suffix: ", was recaptured by Daesh late last year while the Syrian army",
    paragraph: 10,
  },
  {
    site: "palmyra",
    field: "unesco",
    source: REUTERS,
    quote: "the UNESCO World Heritage Site",
    prefix: "has razed ancient monuments during both of its spells in control of ",
    suffix: " – destruction the United Nations has condemned as a war crime.\n\nThe",
    paragraph: 6,
  },
  {
    site: "palmyra",
    field: "unescoId",
    source: WHE,
    quote: "World Heritage Identification Number: 23",
    prefix: "Site of Palmyra\n\n\n",
    suffix: "\n\nWorld Heritage since: 1980",
    paragraph: null,
  },
  {
    site: "palmyra",
    field: "coordinates",
    source: WHE,
    quote: "Coordinates: 34.5541666667 , 38.2666666667",
    prefix: "(iv) — Outstanding example of a type of building or landscape\n\n",
    suffix: "\n\nImage",
    paragraph: null,
  },
];
