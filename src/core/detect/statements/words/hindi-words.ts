import type { RelationWord } from "./relation-word.js";

/**
 * Hindi, written in Devanagari with spaces between words. Its postpositions follow their object ("1.3 के
 * बाद", after 1.3; "1.5 पर निर्भर", dependent on 1.5; "6.3 से पहले", before 6.3) and its verb, with "नहीं"
 * (not) after it, closes the clause ("पर निर्भर नहीं है", does not depend on). Words the list keeps in
 * English ("merge", "sub-task") are read by the English vocabulary.
 */

// "इंतज़ार" and "इंतजार" (wait), "ज़रूरत" and "जरूरत" (need): written with the nukta or without.
const ZA = "(?:ज़|ज)";

/** After the object: "X के बाद (ही)" (after X), "X होने के बाद" (once X is ...). */
export const HI_AFTER = String.raw`के\s+बाद(?:\s+ही)?`;

/** After the object: "X पर निर्भर" (dependent on X), "X पर टिका" (resting on X). */
export const HI_DEPENDS_ON = String.raw`पर\s+(?:निर्भर|टिक[ाीे])(?!\s+नहीं)`;

/** After the object: "X का इंतज़ार" (waiting for X), "X की प्रतीक्षा", "X का ... इस्तेमाल" (uses X's ...). */
export const HI_WAITS_FOR = String.raw`(?:का|की)\s+(?:इंत${ZA}ार|प्रतीक्षा)(?!\s+(?:नहीं|न)(?![\u0900-\u097F]))|(?:का|की|के)\s+(?:[^\s,;।]+\s+){0,2}?(?:इस्तेमाल|उपयोग)`;

/** "Y तभी शुरू होगा जब X ... हो" (Y starts only when X is ...): "जब" (when), not "जब तक" (as long as). */
export const HI_WHEN = String.raw`(?:तभी\s+(?:[^\s,;।]+\s+){0,3}?)?जब(?!\s+तक)`;

/** "जब तक X ... न हो" (as long as X is not ...): the subject waits for X. */
export const HI_UNTIL = String.raw`जब\s+तक`;

/** After the object: "X merge होने तक" (until X is merged). */
export const HI_TILL = String.raw`होने\s+तक`;

/** After the object: "X से पहले" (before X). */
export const HI_BEFORE = String.raw`से\s+पहले|के\s+पहले`;

/** "X को रोके रखता है" (holds X back): blocks X. */
export const HI_BLOCKS = String.raw`को\s+(?:रोके\s+रखत[ाीे]|रोकत[ाीे]|ब्लॉक\s+करत[ाीे])`;

/** A denied need as one phrase: "X पर निर्भर नहीं", "X का इंतज़ार नहीं", "X की ज़रूरत नहीं". */
export const HI_PARALLEL_WITH = String.raw`पर\s+निर्भर\s+नहीं|(?:का|की)\s+(?:इंत${ZA}ार|प्रतीक्षा)\s+(?:भी\s+)?(?:नहीं|न)(?![\u0900-\u097F])|की\s+${ZA}रूरत\s+नहीं|के\s+साथ-?\s*साथ|के\s+साथ\s+(?:ही\s+)?(?=चल|किया|हो)`;

/** Parallel work with no object word: "एक साथ" (together), "समानांतर" (parallel), "स्वतंत्र" (independent). */
export const HI_PARALLEL = String.raw`एक\s+साथ|एक-दूसरे\s+(?:का|की|पर)\s+[^\s,;।]+\s+नहीं|समानांतर|स्वतंत्र`;

/** "नहीं", "न" (not), "बिना" (without). */
export const HI_NOT = String.raw`नहीं|न|बिना`;

/** "या" (or), "सुझाव" (suggestion), "अगर" (if), "बेहतर होगा" (it would be better), "ज़रूरी नहीं" (not required). */
export const HI_HEDGES = String.raw`या|सुझाव|अगर|यदि|बेहतर\s+होगा|${ZA}रूरी\s+नहीं|चाहें\s+तो|उदाहरण\s+के\s+लिए`;

/** "सिवाय" (except), "को छोड़कर" (leaving out), "अपवाद" (exception). */
export const HI_EXCEPT = String.raw`सिवाय|को\s+छोड़कर|अपवाद`;

/** Hindi words that wait, the object before them ("1.3 के बाद", "1.5 पर निर्भर") or after ("जब तक"). */
export const HI_FORWARD: readonly RelationWord[] = [
  { pattern: HI_AFTER, direction: "forward", object: "precedes", temporal: true },
  { pattern: HI_DEPENDS_ON, direction: "forward", object: "precedes" },
  { pattern: HI_WAITS_FOR, direction: "forward", object: "precedes" },
  { pattern: HI_UNTIL, direction: "forward", object: "follows", limit: true },
  { pattern: HI_TILL, direction: "forward", object: "precedes", limit: true },
  { pattern: HI_WHEN, direction: "forward", object: "follows", temporal: true },
];

/** Hindi words that go first: "6.3 से पहले" (before 6.3), "5.1 को रोके रखता है" (holds 5.1 back). */
export const HI_BACKWARD: readonly RelationWord[] = [
  { pattern: HI_BEFORE, direction: "backward", object: "precedes", temporal: true },
  { pattern: HI_BLOCKS, direction: "backward", object: "precedes" },
];
