import type { RelationWord } from "./relation-word.js";

/**
 * Turkish, matched on folded text ("ö" as "o", "ü" as "u", "ç" as "c", "ğ" as "g"; "ı" and "ş" stay).
 * Turkish puts the verb last and its cases after the noun: the object of a relation stands before the word
 * with its case ending, on an ID after an apostrophe ("US3, US1'e bağlıdır": US3 depends on US1; "T004,
 * T007'yi engeller": T004 blocks T007; "T003, T008'den önce": T003 before T008).
 */

// The ablative case ("-dan", "-den", "-tan", "-ten": from) that "sonra" (after) and "önce" (before) take:
// on an ID or a number after an apostrophe ("T005'ten", "Aşama 2'den"), on a plural ("testlerden"), or on
// a finished verb ("tamamlandıktan", "bittikten": after having been done). English words ending so
// ("written once") are neither.
export const TR_ABLATIVE = String.raw`['’][dt][ae]n|l[ae]r[dt][ae]n`;
const ABLATIVE_OF_DONE = String.raw`[dt][ıiu]kt[ae]n`;

/** The Turkish "önce" (before) as folded, after its ablative object: not the English "once". */
export const TR_BEFORE = String.raw`(?<=(?:${TR_ABLATIVE})\s{1,3})once`;

/** "X'ten sonra", "X tamamlandıktan sonra": after X. "Sonra" alone ("then") relates nothing here. */
const TR_AFTER = String.raw`(?<=(?:${TR_ABLATIVE}|${ABLATIVE_OF_DONE})\s{1,3})sonra`;

// "bağlı", "bağımlı" (dependent on), "bağlıdır", not "bağlı değil" (not dependent) nor "isteğe bağlı"
// (optional).
const DEPENDENT = String.raw`bag(?:[ıi]m)?l[ıi]`;
const TR_DEPENDS_ON = String.raw`(?<!istege\s)${DEPENDENT}(?:d[ıi]r(?:lar)?)?(?!\s+(?:degil|olmayan))`;

/** "X'i bekler" (waits for X), "beklemeli" (must wait), "beklemek zorunda" (has to wait); not "beklemez". */
const TR_WAITS_FOR = String.raw`bekle(?:r|rler|meli(?:dir)?|yecek|mek\s+zorunda)(?!\s+degil)`;

/** "X'i gerektirir" (requires X), "X'e ihtiyaç duyar" / "ihtiyacı var" (needs X), "X'e dayanır" (rests on X). */
const TR_NEEDS = String.raw`gerektir(?:ir|iyor)|ihtiyac(?:[ıi]|lar[ıi])?\s+(?:duy(?:ar|uyor)|var(?:d[ıi]r)?)|dayan(?:[ıi]r|makta(?:d[ıi]r)?)|uzerine\s+kurul(?:ur|acak)`;

/** "X bitince", "X tamamlanınca", "X bittiğinde", "X merge edilince": once X is done. */
const TR_ONCE_DONE = String.raw`(?:bit|tamamlan|birle[sş]tiril|merge\s+edil|haz[ıi]r\s+ol)(?:ince|[ıi]nca|unca|t[ıi]g[ıi]nde|t[ıi]g[ıi]nda|d[ıi]g[ıi]nda|d[ıi]g[ıi]nde|dugunda|tugunda)`;

/** "X'i engeller" (blocks X), "X'i bloke eder", "X için ön koşuldur" (is a prerequisite for X). */
const TR_BLOCKS = String.raw`engelle(?:r|rler|mektedir)|bloke\s+eder|[oö]n\s*ko[sş]ul(?:u|udur|dur)?`;

/** Turkish words that wait, each with its object before it. */
export const TR_FORWARD: readonly RelationWord[] = [
  { pattern: TR_AFTER, direction: "forward", object: "precedes", temporal: true },
  { pattern: TR_ONCE_DONE, direction: "forward", object: "precedes", temporal: true },
  { pattern: TR_DEPENDS_ON, direction: "forward", object: "precedes" },
  { pattern: TR_WAITS_FOR, direction: "forward", object: "precedes" },
  { pattern: TR_NEEDS, direction: "forward", object: "precedes" },
];

/** Turkish words that go first, each with its object before it. */
export const TR_BACKWARD: readonly RelationWord[] = [
  { pattern: TR_BEFORE, direction: "backward", object: "precedes", temporal: true },
  { pattern: TR_BLOCKS, direction: "backward", object: "precedes" },
];

/**
 * A denied need as one phrase, the object before it: "X'e bağlı değil(dir)" (does not depend on X), "X'ten
 * bağımsız" (independent of X), "X'i beklemez" (does not wait for X), "X ile paralel / aynı anda /
 * birlikte" (alongside X).
 */
export const TR_PARALLEL_WITH = String.raw`${DEPENDENT}\s+degil(?:dir|ler)?|bag[ıi]ms[ıi]z(?:d[ıi]r)?|beklemez(?:ler)?|beklemek\s+zorunda\s+degil(?:dir)?|ile\s+(?:paralel|ayn[ıi]\s+anda|birlikte|e[sş]\s+zamanl[ıi])`;

/** Parallel work with no object word: "aynı anda" (at the same time), "eş zamanlı" (concurrently). */
export const TR_PARALLEL = String.raw`ayn[ıi]\s+anda|e[sş]\s+zamanl[ıi]|birbirinden\s+bag[ıi]ms[ıi]z`;

/** "Kullanıcı hikayesi 3", "hikaye 3" (story), "hikâye" folded. */
export const TR_STORY = String.raw`(?:kullan[ıi]c[ıi]\s+)?hikaye(?:si|ler|leri)?`;

/** "Aşama 2" (stage), "aşaması", "aşamalar". */
export const TR_PHASE = String.raw`a[sş]ama(?:s[ıi]|lar|lar[ıi])?`;

/** "ile" (with) after a name: "T029 ile paralel", in parallel with T029; the name is no subject. */
export const TR_WITH = /^\s+ile(?![\p{L}])/u;

/**
 * A genitive on the ID ("T022'nin parse_report/1 fonksiyonu olmadan": without T022's parse_report/1
 * function), or the locative "-deki" (what is in it: "T015'teki tiplere bağlı", depends on the types in
 * T015): the words up to the postposition name what of it is meant.
 */
export const TR_GENITIVE = /^['’](?:n?[ıiuü]n|[dt][ae]ki)\s/u;

/**
 * A genitive on the ID before a verb made a noun ("T018'in T016'dan önce bitmesi gerekiyor": T018's
 * finishing before T016 is needed): the genitive marks that verb's subject.
 */
export const TR_NOMINAL_SUBJECT = /^['’]n?[ıiuü]n\s[^.;:]*?\p{L}m[ae]s[ıi](?![\p{L}])/u;
