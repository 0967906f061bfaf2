import { HE_PHASE } from "./hebrew-words.js";
import { FA_PHASE } from "./persian-words.js";
import { AR_PHASE } from "./arabic-words.js";
import { TH_PHASE } from "./thai-words.js";
import { TR_PHASE } from "./turkish-words.js";
import { UR_PHASE } from "./urdu-words.js";
import { BN_PHASE } from "./bengali-words.js";
/** Words that name a phase before its number ("Phase 3", "Fase 3", "フェーズ3", "Этап 3"). */
export const PHASE_WORDS: readonly string[] = [
  // and the short "Ph3", "Ph. 3"
  String.raw`phases?|stages?|ph\.?`,
  String.raw`fases?|fasen|faser(?:ne)?|[eé]tapes?|etapas?`,
  // Polish "faza, fazy, fazie", Czech and Slovak "fáze, fázi, fází" (folded)
  // Romanian "faza, fazei, fazele, fazelor"
  String.raw`faz(?:a|e|i|y|ie|ach|ami|emi|ei|ele|elor)?`,
  // Finnish "vaihe" with its case endings ("vaiheen 2 jälkeen": after phase 2; "Vaiheet 3–6")
  String.raw`vaihe(?:en|et|essa|esta|eseen|iden|ita|tta|isiin)?`,
  String.raw`фаз[аыуеі]?|этап[аыуе]?|этапы|етап(?:и|у|і|ом)?`,
  // Greek "φάση", "φάσης", "φάσεις", "φάσεων" (Greek keeps its accents when text is folded)
  String.raw`φ[άα]σ(?:η|ης|εις|εων)`,
  String.raw`阶段|階段|フェーズ|단계|페이즈`,
  // Arabic "المرحلة", "المراحل" (the phase, the phases)
  AR_PHASE,
  // Hebrew "שלב", "שלבים" (phase, phases), a joined letter allowed
  HE_PHASE,
  // Persian "فاز" (phase), "مرحله" (stage)
  FA_PHASE,
  // Thai "เฟส" (phase)
  TH_PHASE,
  // Turkish "Aşama 2" (stage; "Faz 2" is read above)
  TR_PHASE,
  // Urdu "مرحلہ 2" (stage)
  UR_PHASE,
  // Bengali "পর্ব ২" (phase), "ধাপ" (step)
  BN_PHASE,
];

/** Hungarian "fázis", "szakasz" with their endings, written after the ordinal ("a 2. fázis után"), folded. */
export const HU_PHASE_WORDS: readonly string[] = [
  String.raw`fazis(?:ban|ba|ra|rol|ig|tol|hoz|nak|nal|t|a|ok|ai|ait)?|szakasz(?:ban|ra|tol|hoz|nak|t|a)?`,
];

/** Hungarian "(felhasználói) történet" (user story) with its endings, after the ordinal, folded. */
export const HU_STORY_WORDS: readonly string[] = [
  String.raw`(?:felhasznaloi\s+)?tortenet(?:hez|ben|be|re|rol|tol|nek|et|e|ek|ei|eket)?`,
];

/** Words for "the final phase" ("Final Phase", "last phase", "fase final", "最終フェーズ"). */
export const FINAL_PHASE_WORDS: readonly string[] = [
  String.raw`(?:final|last)\s+phase`,
  String.raw`fase\s+final|[uú]ltima\s+fase|phase\s+finale|derni[eè]re\s+phase`,
  String.raw`финальн\S*\s+фаз\S*|последн\S*\s+фаз\S*`,
  String.raw`最终阶段|最後のフェーズ|最終フェーズ|마지막\s*단계`,
];
