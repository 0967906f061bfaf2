/**
 * Words that point at a task to compare with it or to read about it, not to need it. Written as folded
 * text reads them (Latin accents stripped; Vietnamese letters with a mark above or below stay).
 *
 * Cross-references and contrasts ("see T004", "cf. 2.3", "unlike T018", "instead of T007") name a task
 * that has no part in the statement: "T005 needs T003, see T004 for the layout" needs T003 only.
 */
export const POINTER_WORDS: readonly string[] = [
  // English
  String.raw`see(?:\s+also)?|cf\.?|compare(?:d)?(?:\s+(?:with|to))?|unlike|in\s+contrast\s+to|contrary\s+to|instead\s+of|rather\s+than`,
  // French, Spanish, Portuguese, Italian
  String.raw`voir(?:\s+aussi)?|contrairement\s+a|a\s+la\s+difference\s+de|vease|ver\s+tambien|a\s+diferencia\s+de|veja|vide|ao\s+contrario\s+de|diferente(?:mente)?\s+de|vedi|cfr\.?|a\s+differenza\s+di`,
  // German, Dutch, Swedish, Polish, Czech, Indonesian
  String.raw`siehe|vgl\.?|anders\s+als|im\s+gegensatz\s+zu|zie|in\s+tegenstelling\s+tot|se\s+aven|jfr\.?|till\s+skillnad\s+fran|zob\.|patrz|por\.|w\s+przeciwienstwie\s+do|viz|srov\.?|na\s+rozdil\s+od|lihat|berbeda\s+dengan|tidak\s+seperti`,
  // Danish and Norwegian "i stedet for" (instead of)
  String.raw`i\s+stedet\s+for`,
  // Romanian, folded: "vezi" (see), "spre deosebire de" (unlike), "în loc de" (instead of), "inspirați-vă din"
  String.raw`vezi|spre\s+deosebire\s+de|in\s+loc\s+de|(?:va\s+pute[țţ]i\s+)?inspira(?:[țţ]i)?(?:-va)?\s+din`,
  // Russian, Ukrainian, Vietnamese ("xem": see; "khác với": unlike), Chinese
  String.raw`см\.?|в\s+отличие\s+от|див\.?|на\s+відміну\s+від|xem|khac\s+với|参见|參見|详见|詳見|不同于|不同於`,
];

/**
 * Similarity ("as with T004", "the same as T012", "similar to 2.3") says the task compared does as the
 * subject does: "As with T004, T005 needs T003" is about T004 too, so as a subject it stays one; as an
 * object ("T005 needs the same fixtures as T004") it is still no thing needed.
 */
export const SIMILARITY_WORDS: readonly string[] = [
  String.raw`as\s+(?:with|in|for)|(?:the\s+)?same\s+(?:\S+\s+){0,3}?as|similar(?:ly)?\s+to|analogous\s+to|just\s+as`,
  // Verbs of likeness: "resembles", Swedish "liknar", Danish and Norwegian "ligner", German "ähnelt", Dutch
  // "lijkt op" (folded); not "mirrors", which also copies what it names ("mirrors the tables of 2.1").
  String.raw`resembl(?:es|ing)|liknar|ligner|ahnelt|lijkt\s+op`,
  String.raw`comme\s+pour|comme\s+dans|de\s+meme\s+que|al\s+igual\s+que|igual\s+que|como\s+(?:en|na|no)|come\s+per|come\s+in`,
  // "même découpage que la page de 4.2", "el mismo formato que 3.1", "o mesmo layout que 2.4": the same ... as
  String.raw`meme\s+(?:\S+\s+){0,3}?que|mism[oa]s?\s+(?:\S+\s+){0,3}?que|mesm[oa]s?\s+(?:\S+\s+){0,3}?que`,
  // "no mesmo estilo de T013", "con el mismo formato de 3.1", "nello stesso stile di 5.1": in the manner of,
  // where "la misma conexión de T004" (the very connection T004 makes) is a thing needed.
  String.raw`mesm[oa]\s+(?:estilo|formato|padrao|jeito|modelo)\s+(?:de|da|do)|mism[oa]\s+(?:estilo|formato|patron|modelo)\s+(?:de|del)|stess[oa]\s+(?:stile|formato|schema|modello)\s+(?:di|del|della|dello)`,
  // "wie in 1.3 festgelegt" (as laid down in 1.3) follows what 1.3 defines; "wie in 2.1" compares.
  String.raw`wie\s+(?:bei|in)(?!\s+\S+\s+(?:festgelegt|definiert|beschrieben|vereinbart|spezifiziert)(?![a-z]))|analog\s+zu|net\s+als|zoals\s+bij|podobnie\s+jak|stejne\s+jako|sama\s+seperti`,
  // Danish and Norwegian "ligesom", "som i", "samme ... som", "minder om" (resembles), "bygget op som",
  // "efter/etter mønster af/fra" (modelled after: the word of time belongs to the comparison)
  String.raw`ligesom|liksom|som\s+i|samme\s+(?:\S+\s+){0,3}?som|minder\s+om|bygget\s+op\s+som|(?:efter|etter)\s+m[øo]nster\s+(?:af|av|fra)`,
  // Romanian "la fel ca", "ca în", "asemănător cu", "după modelul" (folded)
  String.raw`la\s+fel\s+ca|ca\s+(?:in|la)|asemanator\s+cu|dupa\s+modelul|(?:dupa\s+)?(?:acela[șş]i|aceea[șş]i|acelea[șş]i|acelora[șş]i)\s+(?:\S+\s+){0,3}?ca`,
  String.raw`аналогично|подобно|так\s+же\s+как|так\s+само\s+як|подібно\s+до|аналогічно|giống(?:\s+nhu)?|tuong\s+tự(?:\s+nhu)?|类似于|類似於|如同`,
  // Modelled on another task: English, French, Spanish and Portuguese, Italian, German, Dutch (folded)
  String.raw`modell?ed\s+(?:on|after)|patterned\s+(?:on|after)|in\s+the\s+style\s+of|semblable\s+a|similaire\s+a|sur\s+le\s+modele\s+de|a\s+l['’]image\s+de|similar\s+a|parecid[oa]\s+a|semelhante\s+a|a\s+semejanza\s+de|a\s+semelhanca\s+de|nos\s+moldes\s+de|simile\s+a|analogamente\s+a|sul(?:lo)?\s+(?:stesso\s+)?modello\s+di|sulla\s+falsariga\s+di|ahnlich\s+wie|nach\s+dem\s+(?:muster|vorbild)\s+von|nach\s+art\s+von|vergelijkbaar\s+met|naar\s+het\s+voorbeeld\s+van|op\s+dezelfde\s+manier\s+als`,
  // Swedish, Danish and Norwegian, Polish, Czech, Indonesian (folded; "ø" stays)
  String.raw`pa\s+samma\s+satt\s+som|likt|pa\s+samme\s+made\s+som|efter\s+m[øo]nster\s+(?:af|fra|av)|na\s+wzor|wzorem|podobn[aeyi]\s+do|podobne\s+jako|obdobne\s+jako|po\s+vzoru|mirip\s+dengan|serupa\s+dengan|mengikuti\s+pola`,
  // Finnish "samanlainen kuin" (similar to), "samaan tapaan kuin" (in the same way as); Hungarian
  // "hasonló" (similar), "ugyanúgy ... mint" (the same way as); Greek "παρόμοιο με", "ίδιο ... με";
  // Turkish "benzer şekilde" (similarly); Russian and Ukrainian "по образцу", "за зразком"; Chinese "仿照"
  // Bengali "X-এর মতো", "মতন" (like X), "অনুরূপ" (similar), "আদলে", "ধাঁচে" (in the style of)
  String.raw`(?<![\u0980-\u09FF])(?:মতো|মতন|অনুরূপ|আদলে|ধাঁচে)(?![\u0980-\u09FF])`,
  String.raw`sama(?:nlai|nkaltai)(?:nen|sesti)\s+kuin|samaan\s+tapaan\s+kuin|samalla\s+tavalla\s+kuin|vastaava(?:sti)?\s+kuin|hasonlo(?:an)?|ugyanugy|ugyanolyan|παρ[όο]μοι(?:ο|α|ος|ες)\s+με|αντ[ίι]στοιχ(?:α|ο)\s+με|[ίι]δι(?:ο|α|ος)\s+(?:\S+\s+){0,3}?με|κατ[άα]\s+το\s+πρ[όο]τυπο|benzer\s+[şs]ekilde|по\s+образцу|по\s+аналогии\s+с|за\s+зразком|仿照|仿效`,
];

/**
 * "Like" and its kin also mean "such as" ("foundation tasks like T004" lists examples of what is
 * needed): they compare only right after a comma, a dash or a bracket (", like T004").
 */
export const SIMILARITY_OPENINGS: readonly string[] = [
  // Russian and Ukrainian set a comma before the "как" of a conjunction ("после того, как T055 будет в
  // main": after T055 is in main; "перед тем, как"): no comparison.
  String.raw`(?:just\s+)?like|comme|como|wie|come|zoals|som|jak|jako|seperti|(?<!(?:того|тем)\s*,\s*)(?:как|як)|như`,
  // Hungarian "mint", Greek "όπως"
  String.raw`mint|[όο]πως`,
];

/** Japanese and Korean say it after the reference: "T004を参照" (see), "T004と同様" (as with), "T004처럼". */
export const POINTER_POSTPOSITIONS: readonly string[] = [String.raw`を参照|を参考|참고|참조`];
export const SIMILARITY_POSTPOSITIONS: readonly string[] = [
  String.raw`と同様|と同じ|のように|に倣って|にならって|처럼|와\s*같이|과\s*같이|와\s*비슷하게|과\s*비슷하게`,
  // Hungarian "a T022 mintájára" (on the model of), Turkish "T013 gibi" (like), Chinese "和 T013 一样"
  String.raw`mintajara|hasonloan|gibi|ile\s+ayn[ıi]|一样|一樣`,
];
