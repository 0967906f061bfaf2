/**
 * Determiners opening a noun phrase. A clause whose words before the relation hold one ("no UI changes
 * were required for this story", "the docs need T005") has a subject of its own that names no task or
 * phase, and does not borrow the subject of the sentence before; "Can start after ...", "they are
 * sequenced after ...", "implement after P1" do.
 */
export const DETERMINER_WORDS: readonly string[] = [
  String.raw`the|a|an|no|its|their|his|her|our|your|some|every|each|another|any|other|such`,
  String.raw`o|os|as|um|uma|el|los|las|la|le|les|un|une|des|du|nenhum|nenhuma|ningun|ninguna|aucun|aucune|cada|chaque`,
  String.raw`никакие|никакой|каждый|каждая`,
];

/** Words that are not a subject even after a determiner ("each of them", "no one", "all of the"). */
export const FILLER_WORDS: readonly string[] = [
  String.raw`it|its|they|them|this|these|that|those|both|each|all|which|who|and|also|then|only|still|so|too`,
  String.raw`can|could|must|should|will|would|may|might|shall|cannot|can't|be|is|are|was|were|been|being|has|have|had|do|does|did`,
  String.raw`start|starts|started|begin|begins|run|runs|proceed|proceeds|go|goes|come|comes|happen|happens|wait|waits|work|be\s+done|done`,
  String.raw`first|next|later|afterwards|immediately|directly|strictly|must\s+be|the|a|an|story|stories|phase|phases|task|tasks`,
  String.raw`pode|podem|puede|pueden|peut|peuvent|deve|devem|debe|deben|doit|doivent|todas?|todos|tous|toutes|ser|ele|ela|eles|elas|il|elle|ils`,
  String.raw`comecar|iniciar|empezar|commencer|rodar|executar|ejecutar|feit[oa]s?|hech[oa]s?|fait(?:e|s|es)?|so|solo|apenas|seulement`,
  String.raw`можно|может|могут|должен|должна|должны|начать|начинается|все|это|эта|этот`,
];

/** Particles that negate the reference right after them ("but not on US1", "mas não de US2", "не от T003"). */
export const NOT_WORDS: readonly string[] = [
  String.raw`not|nor|never|without|n[aã]o|pas|ni|nem|sin|sem|не|без|不|非|ではなく|없이`,
];
