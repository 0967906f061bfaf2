import type { RelationWord } from "./relation-word.js";

// Portuguese, Spanish and Italian open a clause with a past participle and its object to say "once that
// is done": "Concluídas T015 e T016, a T019 pode começar", "Feito o T044, ...", "Aplicada a migração
// (T052), roda-se T051", "Terminati T003 e T004, ...". Written as folded text reads them. Only at a
// clause's opening (the text's start, after a colon, a full stop, a bracket, a dash, or "e"/"y" joining
// two such openings), and only before an article or the reference itself: "Resultado da T004" is a noun.
// Italian "Chiusa la Fase 2, si aprono ..." and "Unito T006, ..." use irregular or short participles.
const OPENING = String.raw`(?<=(?:^|[:;.!?(—–-])\s*|\s(?:e|y|ed)\s+)`;
// Portuguese and Spanish participles ("-ado", "-ido" and the common irregular ones of finishing) before
// their articles or the reference; Italian ones ("-ato", "-ito", "-uto") before theirs. An Italian plural
// in "-ate", "-ite", "-ute" only before an article: "Create T004", "Update a ..." are English.
const REF = String.raw`t\d|us\d|\d`;
const IBERIAN = String.raw`(?:[a-z]{3,}(?:ad|id)|feit|hech|pront|list|escrit|abiert|abert|resuelt)`;
const IBERIAN_NEXT = String.raw`(?=\s+(?:(?:o|a|os|as|el|la|los|las|lo)\s|${REF}))`;
const ITALIAN = String.raw`(?:[a-z]{3,}(?:at|it|ut)|fatt|pront|chius|conclus|unit)`;
const ITALIAN_ARTICLE = String.raw`(?=\s+(?:il|lo|la|l'|i|gli|le)\s)`;
const ITALIAN_NEXT = String.raw`(?=\s+(?:(?:il|lo|la|l'|i|gli|le)\s|${REF}))`;

/** Opening participles; a singular one has one object ("Terminada T001, T002 y T003 pueden ..."). */
export const PARTICIPLE_WORDS: readonly RelationWord[] = [
  {
    pattern: String.raw`${OPENING}(?:${IBERIAN}[oa]${IBERIAN_NEXT}|${ITALIAN}[oa]${ITALIAN_NEXT})`,
    direction: "forward",
    object: "follows",
    temporal: true,
    oneObject: true,
  },
  {
    pattern: String.raw`${OPENING}(?:${IBERIAN}[oa]s${IBERIAN_NEXT}|${ITALIAN}i${ITALIAN_NEXT}|${ITALIAN}e${ITALIAN_ARTICLE})`,
    direction: "forward",
    object: "follows",
    temporal: true,
  },
  // "US2 só começa com a US1 concluída", "con la US1 terminada": with the object finished. Only with a
  // reference before the participle: "Com a fase inteira pronta, as histórias ..." names no object.
  {
    pattern: String.raw`co[mn](?=\s+(?:(?:o|a|os|as|el|la|los|las|il|i|le)\s+)?[^,.;:]{0,30}?(?:t\d|us\d|\d)[^,.;:]{0,20}?\s+(?:conclu[ií]d|terminad|finalizad|cerrad|fechad|chius|fusionad|complet(?:ad|at)|acabad|feit|hech|pront|list|mergead|integrad|implementad|entregu|fatt|termina)[oaie]s?(?![a-z]))`,
    direction: "forward",
    object: "follows",
    temporal: true,
  },
  // English says the same with "with": "With T001 merged, T002 and T003 can start", "With Phase 2 done,
  // the stories run side by side". Only with a reference before the state: "with the shared layout done
  // by the design team" names no object.
  {
    pattern: String.raw`with(?=\s+(?:the\s+)?[^,.;:]{0,30}?(?:t\d|us\d|\d)[^,.;:]{0,20}?\s+(?:done|merged|complete|completed|finished|closed|landed|shipped|ready|in\s+place|out\s+of\s+the\s+way|behind\s+us)(?![a-z]))`,
    direction: "forward",
    object: "follows",
    temporal: true,
  },
];
