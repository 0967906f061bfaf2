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
  String.raw`comme\s+pour|comme\s+dans|de\s+meme\s+que|al\s+igual\s+que|igual\s+que|como\s+(?:en|na|no)|come\s+per|come\s+in`,
  String.raw`wie\s+(?:bei|in)|analog\s+zu|net\s+als|zoals\s+bij|podobnie\s+jak|stejne\s+jako|sama\s+seperti`,
  // Danish and Norwegian "ligesom", "som i", "samme ... som", "minder om" (resembles), "bygget op som"
  String.raw`ligesom|liksom|som\s+i|samme\s+(?:\S+\s+){0,3}?som|minder\s+om|bygget\s+op\s+som`,
  // Romanian "la fel ca", "ca în", "asemănător cu", "după modelul" (folded)
  String.raw`la\s+fel\s+ca|ca\s+(?:in|la)|asemanator\s+cu|dupa\s+modelul|(?:dupa\s+)?(?:acela[șş]i|aceea[șş]i|acelea[șş]i|acelora[șş]i)\s+(?:\S+\s+){0,3}?ca`,
  String.raw`аналогично|подобно|так\s+же\s+как|так\s+само\s+як|подібно\s+до|аналогічно|giống(?:\s+nhu)?|tuong\s+tự(?:\s+nhu)?|类似于|類似於|如同`,
];

/**
 * "Like" and its kin also mean "such as" ("foundation tasks like T004" lists examples of what is
 * needed): they compare only right after a comma, a dash or a bracket (", like T004").
 */
export const SIMILARITY_OPENINGS: readonly string[] = [
  String.raw`(?:just\s+)?like|comme|como|wie|come|zoals|som|jak|jako|seperti|как|як|như`,
];

/** Japanese and Korean say it after the reference: "T004を参照" (see), "T004と同様" (as with), "T004처럼". */
export const POINTER_POSTPOSITIONS: readonly string[] = [String.raw`を参照|を参考|참고|참조`];
export const SIMILARITY_POSTPOSITIONS: readonly string[] = [
  String.raw`と同様|と同じ|のように|처럼|와\s*같이|과\s*같이`,
];
