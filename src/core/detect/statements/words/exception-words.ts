import { TL_EXCEPT } from "./tagalog-words.js";
import { BG_EXCEPT } from "./bulgarian-words.js";
import { HR_EXCEPT } from "./croatian-words.js";
import { CA_EXCEPT } from "./catalan-words.js";
import { HE_EXCEPT } from "./hebrew-words.js";
import { FA_EXCEPT } from "./persian-words.js";
import { HI_EXCEPT } from "./hindi-words.js";
import { UR_EXCEPT } from "./urdu-words.js";
import { BN_EXCEPT } from "./bengali-words.js";
import { TH_EXCEPT } from "./thai-words.js";
import { AR_EXCEPT } from "./arabic-words.js";

/**
 * "and" and "but", in the languages the readers share them for: before a conjunct that denies its object
 * ("needs T021 and nothing from US1"), a verb phrase or a clause joined to the one before it.
 */
export const CONJUNCTIONS = String.raw`and|but|und|aber|et|mais|y|pero`;

/**
 * Words that carve an exception out of a statement ("all can run in parallel except T004"). Which part
 * the exception covers is not clear from the words alone, so such a sentence removes no order edge.
 */
export const EXCEPTION_WORDS: readonly string[] = [
  String.raw`except|excepting|apart\s+from|other\s+than|besides|but\s+not|with\s+the\s+exception\s+of`,
  // "..., with two exceptions that say so on the item (S8.5 and S8.8)": the tasks after it, up to a verb of relation.
  String.raw`with\s+(?:(?:one|two|three|four|a\s+few|some|a|the)\s+)?(?:(?:only|single|sole)\s+)?exceptions?`,
  // "mit Ausnahme von", "à l'exception de", "con (la) excepción de", "com exceção de", "ad eccezione di" (folded)
  String.raw`mit\s+ausnahme\s+(?:von|der|des)|a\s+l['’]exception\s+d[eu]|con\s+(?:la\s+)?excepcion\s+de|com\s+(?:a\s+)?excecao\s+de|ad\s+eccezione\s+di`,
  // "US3 needs T021 and nothing from US1": a conjunct that denies its object (NEGATED_CONJUNCT).
  String.raw`(?:${CONJUNCTIONS})\s+(?:nothing|none|nichts|rien|nada)(?:\s+(?:else|sonst|d['’]autre|m[aá]s))?\s+(?:from|of|in|aus|von|de|du|des|del)`,
  String.raw`sauf|hormis|excepto|salvo|exceto|menos`,
  // Catalan "excepte", "tret de", "llevat de", "fora de"
  CA_EXCEPT,
  // Croatian "osim", "iznimka je", "uz iznimku"
  HR_EXCEPT,
  // Bulgarian "с изключение на", "освен"
  BG_EXCEPT,
  // Tagalog "maliban sa", "bukod sa"
  TL_EXCEPT,
  // German "außer", "ausgenommen", "bis auf"; Italian "tranne", "eccetto"; Dutch "behalve"; Polish "oprócz",
  // "z wyjątkiem"; Swedish "utom", "förutom" (except), as folded text reads them
  String.raw`au(?:ß|ss)er|ausgenommen|bis\s+auf|tranne|eccetto|behalve|met\s+uitzondering\s+van|oprocz|z\s+wyjatkiem|utom|forutom`,
  String.raw`кроме|за\s+исключением|крім|окрім|за\s+винятком`,
  // Czech and Slovak "kromě", "s výjimkou" (except), as folded text reads them
  String.raw`krome|okrem|s\s+vyjimkou`,
  // Danish and Norwegian "undtagen", "bortset fra" (Norwegian "bortsett fra"), "med undtagelse af", "unntatt"
  String.raw`undtagen|bortsett?\s+fra|med\s+undtagelse\s+af|unntatt`,
  // Greek "εκτός από" (except), "εξαίρεση" (exception)
  String.raw`εκτ[όο]ς\s+(?:απ[όο]|αν)|εξα[ίι]ρεση`,
  // Hungarian "kivéve", "kivétel" (except), folded
  String.raw`kiveve|kivetel(?:lel)?`,
  // Finnish "lukuun ottamatta", "paitsi", "poikkeuksena" (except)
  String.raw`lukuun\s+ottamatta|paitsi|poikkeuksena`,
  // Romanian "cu excepția", "în afară de", "exceptând" (folded)
  String.raw`cu\s+excep[țţ]ia|in\s+afara\s+de|exceptand`,
  // Indonesian and Malay "kecuali", "selain" (except; not "selain itu": besides that), "pengecualiannya
  // ialah" (the exception is)
  String.raw`kecuali|terkecuali|selain(?!\s+itu)|dengan\s+pengecualian|pengecualian(?:nya)?(?:\s+(?:ialah|adalah))?`,
  // Vietnamese "trừ" (except), as folded text reads it
  String.raw`trừ`,
  String.raw`除了|除外|以外|제외`,
  // Arabic "ما عدا", "باستثناء", "إلا" (except)
  AR_EXCEPT,
  // Hebrew "למעט", "מלבד", "חוץ מ-", "פרט ל-" (except)
  HE_EXCEPT,
  // Persian "به‌جز", "مگر" (except)
  FA_EXCEPT,
  HI_EXCEPT,
  UR_EXCEPT,
  BN_EXCEPT,
  TH_EXCEPT,
];

/** An exception word that is a denied conjunct ("and nothing from"): what it names is simply not needed. */
export const NEGATED_CONJUNCT = new RegExp(String.raw`^(?:${CONJUNCTIONS})\s`, "iu");
