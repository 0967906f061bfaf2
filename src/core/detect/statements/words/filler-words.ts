import { HE_NOT } from "./hebrew-words.js";
import { FA_NOT } from "./persian-words.js";
import { HI_NOT } from "./hindi-words.js";
import { UR_NOT } from "./urdu-words.js";
import { BN_NOT } from "./bengali-words.js";
import { TH_NOT } from "./thai-words.js";
import { SW_NOT } from "./swahili-words.js";
import { AR_NOT } from "./arabic-words.js";
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
  // Italian, Dutch and German articles ("il resto", "de rest", "der Rest"): the clause names its own subject.
  String.raw`il|lo|gli|de|het|een|der|das|dem|den|ein|eine|kein|keine`,
  // Romanian, folded: "orice" (any), "fiecare" (each), "niciun", "nicio" (no): "orice cod Go are nevoie de
  // 1.1" names its own subject
  String.raw`orice|oricare|fiecare|niciun|nicio`,
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
  // Romanian, folded: "pot", "poate" (can), "trebuie" (must), "încep", "pornesc" (start)
  String.raw`pot|poate|trebuie|incep|incepe|pornesc|porne[șş]te|sunt|este|vor`,
  // Catalan, folded: "es pot començar T004" (T004 can be started), "poden" (can), "arrenquen" (start)
  String.raw`es|poden|fer|arrencar|arrenca|arrenquen|comenca|comencen`,
  // Danish and Norwegian: "kan", "skal", "må" (folded "ma"), "starte", "begynde"
  String.raw`kan|skal|starte|begynde|begynne`,
  // German, Dutch and Swedish (folded) verbs of starting, left at the clause's end after a verb-second
  // modal ("Nach T001 kann T003 beginnen", "Efter 2.3 kan 2.4 börja")
  String.raw`beginnen|starten|anfangen|loslegen|borja|starta|paborjas`,
  // ... and their passives of doing and starting ("kan pilotstarten 10.3 göras", "kann T004 gemacht werden")
  String.raw`goras|startas|gøres|gjøres|startes|begyndes|werden|gemacht|gestartet|worden|gedaan|gestart`,
];

/**
 * The negation particles of the languages besides English (not "without", whose object may be what a
 * task needs: "ohne T003 bleibt die Seite leer"; nor "non", a prefix in "non-blocking"): a clause
 * holding one ("behöver inte vänta på T011", "tidak perlu menunggu T017") denies what it says.
 */
export const NEGATION_PARTICLES: readonly string[] = [
  String.raw`inte|ej|icke|aldrig|tidak|bukan|n[aã]o|pas|nicht|kein(?:e|er|en|em|es)?|nie|niet|geen|nikdy|không|khong|chẳng|не|ні|нельзя`,
  // Danish and Norwegian "ikke" (not)
  String.raw`ikke`,
  // French and Spanish "ni de 5.2 ni de 5.3" (neither on ... nor on; Swahili "ni" is "is", never before
  // these), French "ne ... plus", "ne ... jamais", "ne ... aucun", "ne ... rien" (no longer, never, none)
  String.raw`ni(?=\s+(?:de|d['’]|du|des|t?\d))|ne(?=\s+(?:[a-z'’]+\s+){1,2}(?:plus|jamais|aucune?|rien)(?![a-z]))`,
  // Arabic "لا", "لن", "لم", "ليس" (not)
  AR_NOT,
  // Hebrew "לא", "אין", "אינו" (not)
  HE_NOT,
  // Persian, the negated verb at the clause's end: "نیست", "ندارد", "نمی‌ماند" (is not, has not, does not wait)
  FA_NOT,
  // Hindi "नहीं", "न" (not), "बिना" (without)
  HI_NOT,
  // Urdu "نہیں", "نہ" (not), "بغیر" (without)
  UR_NOT,
  // Bengali "না", "নয়", "নেই" (not)
  BN_NOT,
  // Thai "ไม่" (not), "ห้าม" (must not)
  TH_NOT,
  // Swahili "haiwezi" (cannot), "wala" (nor)
  SW_NOT,
  // Greek "δεν", "μην" (not), "ούτε" (nor), "όχι" (not, before a word: "Όχι πριν κλείσουν τα 3.1": not before)
  String.raw`δεν|μην|ο[ύυ]τε|[όο]χι`,
  // Hungarian "nem" (not; "sem", nor, is left out: Portuguese "sem" is "without")
  String.raw`nem`,
  // Finnish, the verb of negation: "ei", "eivät", "eikä", "eivätkä", "emme" (folded)
  String.raw`ei|eivat|eika|eivatka|emme`,
  // Romanian "nu" before a verb (Dutch "nu" is "now"), "nici" (nor)
  String.raw`nu(?=\s+(?:poate|pot|depind?e?|are|au|a[șş]teapta|trebuie|e|este|sunt|se|mai|il|o|le|ii|blocheaza|folose|integreaz|apeleaz|implementeaz|prime|cite|extinde|atinge))|nici`,
  // Turkish, folded: "değil(dir)" (is not), "gerekmez" (is not needed), "beklemez" (does not wait)
  String.raw`degil(?:dir|ler|im|iz)?|gerekmez|beklemez`,
];

/**
 * Negations: before a list they leave it out ("but not on US1", "mas não de US2"); before a relation word
 * they turn a word of time round ("cannot start before T001") and cancel any other.
 */
export const NOT_WORDS: readonly string[] = [
  String.raw`not|nor|neither|never|without|cannot|can[’']t|mustn[’']t|won[’']t|shouldn[’']t|isn[’']t|aren[’']t|don[’']t|doesn[’']t`,
  // "T004 has nothing (left) to wait for": the verb's object is "nothing", said before it.
  String.raw`nothing\s+(?:(?:left|more|else)\s+)?to`,
  // "No point adding it before T001 is in", "there is no sense in starting it before ...": doing it earlier
  // is useless, so it goes after.
  String.raw`no\s+(?:point|sense)(?:\s+in)?`,
  ...NEGATION_PARTICLES,
  // "without" and "nor" of other languages, "non", "not ... either" ("tampoco", "nemmeno"), and the
  // negations of Chinese, Japanese and Korean
  String.raw`tanpa|ni|nem|sin|sem|ohne|non|senza|zonder|bez|ani|tampoco|tampouco|nemmeno|neanche|neppure|без|不能|不得|不可|不会|不要|并非|不(?=\s*(?:需|依|用|必|等|$))|无需|無需|没有|沒有|ではなく|できない|ない|없이|않`,
  // Greek "χωρίς" (without: "χωρίς να περιμένει τις ιστορίες", without waiting for the stories)
  String.raw`χωρ[ίι]ς`,
];
