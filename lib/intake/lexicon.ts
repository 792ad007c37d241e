// The words that carry a claim, per field, for the languages the assistant reads. Ordered: the
// first pattern that matches a sentence wins, so the more specific wording comes first ("partly
// destroyed" before "destroyed", "not damaged" before "damaged"). Extents follow UNOSAT's scale,
// with DAMAGED where the source says damaged without a degree; an unqualified "blew up" says how,
// not how badly, so it is DAMAGED unless the sentence also says destroyed.

import type { DamageExtent, DamageMethod } from "../domain";

export type Rule<T> = [T, RegExp];

// Arabic words are matched between spaces or punctuation: \b does not work for Arabic script, and
// "دمر" (destroyed) is inside "تدمر" (Palmyra).
// A verb may carry its subject's or object's ending: دمّروا (they destroyed), دمرته (destroyed it).
const ar = (alternatives: string) => new RegExp(`(?:^|[\\s،,.:؛"«(])(?:[وفب]?(?:${alternatives})(?:وا|ت|ته|ه|ها|هم|ون|ا)?)(?=$|[\\s،,.:؛"»)])`, "u");

export const EXTENT_RULES: Rule<DamageExtent | "USE">[] = [
  ["NONE", /\b(?:not|never|wasn't|weren't|was not|were not|hasn't|had not)\s+(?:been\s+)?(?:damaged|destroyed|harmed|touched)\b|\b(?:intact|undamaged|unharmed|unscathed|in (?:good|relatively good) (?:conditions?|shape))\b|\bintatto\b|\bintact[e]?s?\b|\bunversehrt\b|سليم/i],
  ["POSSIBLE", /\b(?:possibly|probably|likely|may have been|might have been|feared (?:to have been )?)\s*(?:damaged|destroyed|hit)\b|\bpossible damage\b/i],
  ["SEVERE", /\b(?:severely|heavily|badly|seriously|extensively|largely|mostly|partially|partly|half)[- ](?:damaged|destroyed|demolished|collapsed)\b|\b(?:only|just)\s+(?:\w+\s+){0,3}(?:columns?|pillars?)\s+(?:\w+\s+){0,2}(?:remain|remained|left|still stand|standing)|\bmassive damage\b|\bseverely\b|\bgravemente\b|\bschwer beschädigt\b|\bgravement endommagé/i],
  ["MODERATE", /\b(?:moderately|slightly|lightly)\s+damaged\b|\bminor damage\b|\bmoderate damage\b/i],
  ["DESTROYED", /\b(?:destroy(?:s|ed|ing)?|destruction of|razed?|razing|flatten(?:ed|ing)|obliterat(?:ed|ing)|reduced (?:it |them )?to (?:piles of )?rubble|levell?ed|wiped out|no longer exists|(?:are|is) gone|demolish(?:ed|ing)|tore down|torn down|bulldoz(?:ed|ing))\b|\bdétrui(?:t|te|ts|re)\b|\bdestruction\b|\bzerstör(?:t|te|ung)\b|\bdistrutt[oaie]\b|\bdistruzione\b/i],
  ["DESTROYED", ar("دمر|دمّر|تدمير|بتدمير|يدمر|هدم|تهديم|أزال|ازال")],
  ["DAMAGED", /\b(?:damag(?:e|ed|ing)|blew up|blown up|blow up|blowing up|blast(?:ed)?|explosion|exploded|detonated|smash(?:ed|ing)|vandali[sz]ed|defaced|hit|struck|attacked|sabotaged|ransacked|looted)\b|\bbullet (?:marks|holes)|\briddled with bullets?|\bgraffiti\b|\bendommag|\bbeschädigt|\bgesprengt|\bdanneggiat|\bfatto saltare|\bdynamit/i],
  ["DAMAGED", ar("فجر|فجّر|تفجير|بتفجير|نسف|ينسف|تخريب|خرب|أضرار|اضرار")],
  ["USE", /\b(?:used (?:it |the \w+ )?(?:as|for)|executions?|executed|beheadings?|military base|headquarters|stationed|positions? (?:in|at|inside)|seized|took over|took control)\b|إعدام|اعدام/i],
];

export const METHOD_RULES: Rule<DamageMethod>[] = [
  ["BULLDOZING", /\bbulldoz|جراف|جرف/i],
  ["AIR_STRIKE", /\bair ?strikes?\b|\bair raids?\b|\bwarplanes?\b|\bbombing raids?\b|غارة|غارات/i],
  ["SHELLING", /\bshell(?:ing|ed|s)\b|\bmortars?\b|\bartillery\b|\brockets?\b|قصف/i],
  ["EXPLOSIVES", /\bexplosives?\b|\bblew up\b|\bblown up\b|\bblow(?:ing)? up\b|\bblast\b|\bdynamite|\bdetonat|\bbooby[- ]trap|\brigged\b|\bmined\b|\bexplosifs?\b|\bdynamit|\bsprengs?toff|\bgesprengt|\bsprengung|\bfatto saltare|\besplosiv|فجر|فجّر|تفجير|بتفجير|متفجرات|ناسفة|نسف/i],
  ["DEMOLITION", /\bdemolish|\bdemolition|\btore down\b|\btorn down\b|\bpulled down\b/i],
  ["LOOTING", /\bloot(?:ed|ing|ers)?\b|\bplunder|\bstolen\b|\bsmuggl|نهب|سرقة/i],
  ["VANDALISM", /\bsmash(?:ed|ing)?\b|\bvandal|\bgraffiti\b|\bwritten their names\b|\bbullet (?:marks|holes)|\bdefac|\bhammers?\b|\bsledgehammer|\bbeheaded\b|\bdisfigured\b|تحطيم|حطم/i],
  ["MILITARY_USE", /\bused (?:it |the \w+ )?(?:as|for)\b|\bbeheadings?\b|\bexecution|\bexecuted\b|\bmilitary base\b|\bheadquarters\b|\bseized\b|\btook over\b|إعدام|اعدام/i],
];

/** How the source attributes the act to the actor. */
export const ATTRIBUTION_RULES: Rule<"CLAIMED" | "DISPUTED" | "ALLEGED">[] = [
  ["DISPUTED", /\b(?:denied|denies|disputed|disputes|rejected claims)\b/i],
  ["CLAIMED", /\b(?:claimed|claims? responsibility|boasted|released (?:photos|pictures|images|a video|footage)|published (?:photos|pictures|images)|propaganda|posted (?:photos|pictures|images|a video)|its own (?:photos|video))\b/i],
  ["ALLEGED", /\baccording to\b[^.,;]{0,80}|\b(?:said|says|told|reported|announced|confirmed)\b|\bselon\b|\blaut\b|\bsecondo\b|وفق|حسب|قال|أفاد|ذكر/i],
];

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, sixteen: 16 };

/** "only two of its 16 columns remain", "four columns still standing": a figure the account states. */
export function findColumnsFigure(sentence: string): { value: number; index: number; text: string } | null {
  const re = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+(?:the\s+|its\s+)?(?:\d+|sixteen)\s+)?(?:\w+\s+){0,2}?(?:columns?|pillars?)\s+(?:\w+\s+){0,2}?(?:remain|remained|remaining|left|still stand(?:ing)?|standing|survived?)\b/i;
  const m = re.exec(sentence);
  if (!m) return null;
  const raw = m[1]!.toLowerCase();
  return { value: NUMBER_WORDS[raw] ?? Number(raw), index: m.index, text: m[0] };
}
