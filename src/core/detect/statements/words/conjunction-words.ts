import { FAILING_UNTIL } from "./failing-words.js";

/**
 * Where a sentence may hold a second clause: commas and conjunctions ("Phase 4 depends on Phase 2 and
 * blocks Phase 6", "T020 needs T012 but gates T030", "US2 depends on US1, US3 depends on US2").
 */
export const CLAUSE_BOUNDARIES: readonly string[] = [
  String.raw`,?\s*\b(?:and|but|whereas|except|yet|although|though|however)\b`,
  String.raw`,?\s*\b(?:et|mais|y|pero|e|mas|und|aber|sondern|и|но|а)\b`,
  // Ukrainian "і", "й", "та" (and), "але", "проте" (but)
  String.raw`,?\s*(?:і|й|та|але|проте)`,
  // Czech and Slovak "ale" (but), "a" (and; "a zároveň", "a také", "a pak": and at the same time, and also,
  // and then), "i" (and, also); not the Portuguese article after a preposition ("em paralelo com a US1").
  String.raw`,?\s*\b(?:ale|i)\b`,
  String.raw`(?<!\b(?:com|para|sem|sobre|contra|entre|ate|apos|desde|perante|junto|ni)\s*),?\s*\ba(?:\s+(?:zaroven|take|pak|potom))?\b`,
  // Dutch "en" and Swedish "och" (and) only before a clause that leaves its verb out ("T005 wacht op T004 en
  // T007 op T006"): elsewhere "en" is the Spanish, French and Catalan "in"
  String.raw`,?\s*\b(?:en|och)\b(?=\s+[a-z]*-?\d[\w.-]*\s+(?:op|van|aan|pa|av|om|till|efter)\s)`,
  // Danish and Norwegian "og" (and), "men" (but)
  String.raw`,?\s*\b(?:og|men)\b`,
  // Greek "και" (and), "αλλά" (but), "ενώ" (whereas)
  String.raw`,?\s*(?<![\u0370-\u03FF])(?:και|αλλ[άα]|εν[ώω])(?![\u0370-\u03FF])`,
  // Hungarian "és" (and), "viszont", "azonban" (but, however), "pedig" (whereas), folded ("de", but,
  // is left out: it is the Romance "of")
  String.raw`,?\s*\b(?:es|viszont|azonban|pedig)\b`,
  // Finnish "ja", "sekä" (and), "mutta" (but), folded
  String.raw`,?\s*\b(?:ja|seka|mutta)\b`,
  // Romanian "și" (and, folded), "dar", "însă" (but), "iar" (and, whereas)
  String.raw`,?\s*(?:[șş]i|dar|insa|iar)`,
  // Bengali "এবং", "আর" (and), "কিন্তু" (but), "যদিও" (although)
  String.raw`,?\s*(?<![\u0980-\u09FF])(?:এবং|আর|কিন্তু|যদিও)(?![\u0980-\u09FF])`,
  String.raw`,|，|、?但|而|그리고|하지만|が、`,
  // Japanese "、" after a verb's or copula's joining form ("だけで、", "終わって、", "使い回せるし、") joins two
  // clauses; after a noun it lists ("7.4、7.5、7.6").
  String.raw`(?<=[でてし])、`,
  // Thai writes a space where a clause ends, and none between the words of one
  String.raw`(?<=[\u0E00-\u0E7F])\s+(?=[\u0E00-\u0E7F])(?!ยกเว้น|นอกจาก)`,
  // Thai "แต่" (but), "เพราะ" (because), "ส่วน" (as for), written against the words around them
  String.raw`\s*(?:แต่|เพราะ|ส่วน)`,
  // Arabic comma "،", and "لكن", "ولكن" (but), "بينما" (whereas)
  String.raw`،|[,،]?\s*(?:و?لكن|بينما)`,
  // A colon after a relation and its object ends the object: "US2 depends on US1: T014 needs T011". A colon
  // glued to letters after it is a Finnish case ending on an ID ("T003:n kanssa": with T003), not a stop.
  String.raw`:(?![a-z\u00C0-\u024F])|：`,
];

/**
 * A contrast after a comma ("T004 needs T001, but T003 is small"): what follows is a clause of its own,
 * never more of the object before it; it shares the sentence's subject only when it opens with its
 * relation ("T020 needs T012, but gates T030"). "but" without a comma may mean "except" ("all but T005").
 */
export const CONTRAST_BOUNDARIES: readonly string[] = [
  // Not before an object the verb still governs: "does not wait for T017, but only for T023", "wartet nicht
  // auf T017, sondern nur auf T023" (the denial turns to what the task does wait for; only-turn.ts).
  String.raw`[,;]\s*(?:but|however|mais|pero|mas|aber|sondern|но|але|проте|ale|men|mutta|viszont|azonban|dar|insa)\b(?!\s+(?:(?:only|just|solely|nur|lediglich|seulement|uniquement|solo|apenas|somente|soltanto|alleen|bara|kun|bare|tylko)\s+)?(?:for|on|upon|auf|von|an|pour|de|para|per|op|på|pa|af|av|na|od)\s+[^\s,;]*\d)`,
  // Turkish "ancak", "fakat", "ama" (but)
  String.raw`[,;]\s*(?:ancak|fakat|ama)\b`,
  String.raw`[,;]\s*(?<![\u0370-\u03FF])αλλ[άα](?![\u0370-\u03FF])`,
  // Chinese "但(是)", "不过", "可是", "然而" (but) after a comma, half or full width
  String.raw`[,;，；]\s*(?:但是?|不过|可是|然而)`,
];

/**
 * Conjunctions of what happens meanwhile ("T004 starts once T001 is merged, while T002 is still in
 * review"). Where they open a clause of their own is the clause splitter's call: a time word opening the
 * sentence, or one in the clause after them, may cover both sides.
 */
export const MEANWHILE_BOUNDARIES: readonly string[] = [
  String.raw`,?\s*\b(?:while|whilst|alors\s+que|tandis\s+que|mientras(?:\s+que)?|enquanto|w[äa]hrend|mentre|terwijl|medan|zatimco|podczas\s+gdy|sementara|in\s+timp\s+ce|mens)\b`,
];

/**
 * Conjunctions opening a cause, a purpose or a concession ("... requires US1 since T073 emits ...", "...,
 * denn alle drei lesen oder schreiben die Tabelle"): why the statement holds, not what to do. German "da"
 * (since) after a comma before its subject, or opening the sentence with a comma later ("Da T038 denselben
 * Controller wie T019 ändert, kommt es nach T019").
 */
export const CAUSE_BOUNDARIES: readonly string[] = [
  String.raw`,?\s*\b(?:since|because|as\s+(?:it|they|this)|so\s+that|in\s+order\s+to|given\s+that|due\s+to|whereby)\b`,
  String.raw`,?\s*\b(?:porque|pois|puisque|parce\s+que|ya\s+que|car|weil|denn|perch[eé]|poich[eé]|omdat|ponieważ)\b|,\s*da\s+(?:der|die|das|dort|hier|er|sie|es|wir|man)\b|(?<=^[\s*_>(-]*)da(?=\s[^,.;:]*,)`,
  // Bengali "কারণ" (because)
  String.raw`,?\s*(?<![\u0980-\u09FF])কারণ(?![\u0980-\u09FF])`,
  // Czech and Slovak, folded: "protože", "neboť", "jelikož" (because)
  String.raw`,?\s*\b(?:protoze|pretoze|nebot|jelikoz)\b`,
  // Danish and Norwegian "fordi" (because), "selvom", "selv om" (even though); Swedish and Danish
  // "eftersom", Norwegian "ettersom", Swedish "därför att" (because), "trots att" (even though), folded
  String.raw`,?\s*\b(?:fordi|selvom|selv\s+om|eftersom|ettersom|darfor\s+att|trots\s+att)\b`,
  // Greek "γιατί", "επειδή", "διότι" (because), "αν και" (although)
  String.raw`,?\s*(?<![\u0370-\u03FF])(?:γιατ[ίι]|επειδ[ήη]|δι[όο]τι|αν\s+και)(?![\u0370-\u03FF])`,
  // Hungarian "mert" (because), "bár" (although), folded
  String.raw`,?\s*\b(?:mert|bar)\b`,
  // Finnish "koska", "sillä" (because), "vaikka" (even though), folded
  String.raw`,?\s*\b(?:koska|silla|vaikka)\b`,
  // Romanian, folded: "pentru că", "fiindcă", "deoarece", "căci", "întrucât" (because), "chiar dacă", "deși"
  // (even though)
  String.raw`,?\s*(?:pentru\s+ca|fiindca|deoarece|caci|intrucat|chiar\s+daca|de[șş]i)`,
  String.raw`потому\s+что|так\s+как|因为|由于|ので|から|때문에`,
  // Ukrainian "бо", "тому що", "оскільки", "адже" (because)
  String.raw`,?\s*(?:бо|тому\s+що|оскільки|адже)`,
  // A concession ("... needs T015 even though T015 belongs to US1") is a clause of its own too.
  String.raw`,?\s*\b(?:even\s+though|even\s+if|although|whereas|albeit|aunque|embora|bien\s+que|obwohl|хотя)\b`,
  String.raw`尽管|虽然|にもかかわらず`,
  // Urdu "چاہے" (even if), "اگرچہ", "حالانکہ" (although), "کیونکہ" (because)
  String.raw`[،,]?\s*(?<![\u0600-\u06FF])(?:چاہے|اگرچہ|حالانکہ|کیونکہ)(?![\u0600-\u06FF])`,
  // Hebrew "כי", "מכיוון", "משום" (because), ", כך ש..." (so that), "למרות" (although); Arabic "لأن"
  // (because), "إذ" (since), "مع أن", "رغم" (although)
  String.raw`,?\s*(?:כי|מכיוון|משום|למרות)|,\s*כך|,?\s*(?:لأن|لان|إذ|مع\s+أن|رغم)`,
];

/**
 * Conjunctions opening a cause or a purpose (above), a consequence or a test's expected state: what follows
 * is a clause of its own, never part of the object before it.
 */
export const REASON_BOUNDARIES: readonly string[] = [
  ...CAUSE_BOUNDARIES,
  // A consequence ("..., so it starts after US5", "therefore", "donc") states a claim of its own: what
  // stands before it is the reason, never part of that claim's subject or object.
  String.raw`[,;]\s*(?:and\s+)?so\b(?!\s+(?:that|far|on|forth|long)\b)`,
  // ... and without the comma a hurried writer leaves out, when a subject follows it ("T003 reads the
  // client so T002 goes first"), not an adverb of degree ("so long", "so much", "is so slow").
  String.raw`\s+so(?=\s+(?:[a-z]{1,8}-?\d|\d|it|they|we|this|these|the|both|all|each|everything|nothing)(?![a-z]))`,
  String.raw`,?\s*\b(?:therefore|hence|thus|consequently|accordingly)\b`,
  String.raw`,?\s*\b(?:donc|par\s+cons[eé]quent|por\s+lo\s+tanto|as[ií]\s+que|portanto|por\s+isso|daher|deshalb|deswegen|поэтому)\b`,
  // Spanish "por lo que", "por eso", "de modo que" (so), French "c'est pourquoi", "si bien que"
  String.raw`,?\s*\b(?:por\s+lo\s+que|por\s+eso|de\s+(?:modo|manera|forma)\s+que|c['’]est\s+pourquoi|si\s+bien\s+que)\b`,
  // Italian "quindi", "perciò", "pertanto", Dutch "dus", "daarom", Polish "więc", "dlatego", "zatem", Czech
  // "proto", Nordic "därför", "derfor", Turkish "bu yüzden", folded: only where a clause opens, after its
  // punctuation or "and". After a verb they are adverbs inside their clause ("Na T028 czekają więc dwa
  // zadania", "och tas därför efter T016"), and "proto" also ends a file name ("train.proto").
  String.raw`[,;:]\s*(?:(?:e|ed|i|en|og|och|a|und|ve)\s+)?(?:quindi|percio|pertanto|dus|daarom|wiec|dlatego|zatem|proto|darfor|derfor|bu\s+(?:yuzden|nedenle))\b`,
  String.raw`所以|因此|因而|そのため|だから|따라서|그래서`,
  // Czech and Slovak "takže", Greek "οπότε", "άρα", Hungarian "ezért", "így", Finnish "joten", Romanian
  // "așa că", "deci", Ukrainian "тож" (so), folded
  String.raw`,?\s*\b(?:takze|ezert|igy|joten)\b`,
  String.raw`,?\s*(?<![\u0370-\u03FF])(?:οπ[όο]τε|[άα]ρα)(?![\u0370-\u03FF])`,
  String.raw`,?\s*(?:a[șş]a\s+ca|deci|тож)`,
  // Bengali "তাই", "ফলে" (so), "অর্থাৎ" (that is)
  String.raw`,?\s*(?<![\u0980-\u09FF])(?:তাই|ফলে|অর্থাৎ)(?![\u0980-\u09FF])`,
  // Hebrew "לכן", "ולכן" (therefore); Arabic "لذا", "لذلك" (therefore)
  String.raw`,?\s*(?:ו?לכן)|,?\s*(?:لذا|لذلك)`,
  // A test's expected state ("... (fails until T016 lands)") is a clause of its own: no relation word
  // before it takes an object from it.
  String.raw`\b(?:${FAILING_UNTIL})\b`,
];
