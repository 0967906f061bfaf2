import { TL_FORWARD } from "./tagalog-words.js";
import { BG_FORWARD } from "./bulgarian-words.js";
import { HR_FORWARD } from "./croatian-words.js";
import { CA_FORWARD } from "./catalan-words.js";
import { PREREQUISITE_LABEL } from "./column-words.js";
import { HE_AFTER, HE_FOLLOWS } from "./hebrew-words.js";
import { FA_AFTER, FA_NEEDS_BEFORE, FA_WAITS_FOR } from "./persian-words.js";
import { TH_FORWARD } from "./thai-words.js";
import { SW_FORWARD } from "./swahili-words.js";
import { LT_FORWARD } from "./lithuanian-words.js";
import { HI_FORWARD } from "./hindi-words.js";
import { TR_ABLATIVE, TR_FORWARD } from "./turkish-words.js";
import { KO_FORWARD } from "./korean-words.js";
import { ZH_FORWARD } from "./chinese-words.js";
import { JA_FORWARD } from "./japanese-words.js";
import { UR_FORWARD } from "./urdu-words.js";
import { BN_FORWARD } from "./bengali-words.js";
import { VI_FORWARD } from "./vietnamese-words.js";
import { AR_AFTER, AR_FOLLOWS } from "./arabic-words.js";
import { PARTICIPLE_WORDS } from "./participle-words.js";
import { limit, OBJECT_SPAN, time, wordsOf, type RelationWord } from "./relation-word.js";
import { PRODUCT_WORDS } from "./product-words.js";
import { FLOW_FORWARD } from "./flow-words.js";
import { FRONTED_WAITS, VERB_AFTER } from "./fronted-words.js";
import { NL_FORWARD } from "./dutch-words.js";
import { NORDIC_FORWARD } from "./nordic-words.js";
import { ID_FORWARD } from "./indonesian-words.js";
import { PL_FORWARD, PL_TIME } from "./polish-words.js";
import { DE_FORWARD } from "./german-words.js";
import { FAILING_CS, FAILING_RO } from "./failing-words.js";
import { UNTIL_WORDS } from "./until-words.js";

// The subject waits for the object ("A depends on B", "A after B"); postpositions ("X 之后") say so.
const { follows, precedes } = wordsOf("forward");

// "even though it's listed after them" says where a task is written, not when it runs; "nothing gets
// written before M1.2 is merged" waits for work done, since its object is in a finished state.
export const NOT_LISTING = String.raw`(?:(?<!(?:listed|written|placed|numbered|appears?|shown)\s+)|(?=[a-z]+\s+\S+\s+(?:is|are|has\s+been|have\s+been)\s+(?:merged|done|landed|finished|complete|completed|applied|in)\b))`;

/** Words whose subject comes after their object, in every language maestro reads. */
export const FORWARD_WORDS: readonly RelationWord[] = [
  // English
  follows(
    String.raw`(?<!\bno\s)depend(?:s|ing|ent)?(?:\s+(?:only|solely|directly|entirely|mainly|also|strictly))?\s+(?:up)?on`,
  ),
  follows(String.raw`require[sd]?(?!\s+(?:by|for)\b)`),
  follows(String.raw`(?<!\bno\s)needs?(?!\s+(?:to|by|for)\b|\s+not\b(?!\s+(?:only|just|merely)\b))`),
  follows(String.raw`relies\s+on|rely\s+on`),
  // A left arrow points from what is needed to what needs it: "T010 ← T006, T008" (T010 needs both).
  // Not "<=" (a comparison) nor the "<-" of "<!--".
  follows(String.raw`[─━═-]*(?:←|⟵|⇐|⬅)[─━═-]*|<-{1,3}(?!-)`),
  time(
    follows(
      String.raw`(?:can|may|must|should|will)?\s*(?:only\s+)?(?:start|begin|run|proceed|go|come)s?\s+(?:only\s+)?after|${NOT_LISTING}after`,
    ),
  ),
  // "53 sits behind 42", "queues behind T136": a place in a queue, behind what goes first ("is behind" says
  // how late it is, not what it waits for).
  time(
    follows(
      String.raw`(?:sits?|queues?|queued|lines?\s+up|goes|go|comes?|lands?|stays?)\s+(?:right\s+|directly\s+|just\s+)?behind`,
    ),
  ),
  // Not the Turkish "önce" (before), folded, after its ablative object ("T008'den önce").
  time(follows(String.raw`(?<!(?:${TR_ABLATIVE})\s{1,3})once`)),
  // "Group 6 begins when groups 1 to 5 are merged": a start set by another's end.
  time(follows(String.raw`(?:(?:can|may)\s+(?:only\s+)?)?(?:starts?|begins?)\s+(?:only\s+)?when`)),
  // "(Only) when Phase 2 is done, ...": opening the sentence with a finished object ("green": its checks pass),
  // "when" is "once" (not "when
  // the user clicks", nor "v2 goes on only when everything else is in", a condition of what it follows).
  time(
    follows(
      String.raw`(?<=^[\s*_>(-]*(?:only\s+)?)when(?=\s+${OBJECT_SPAN}\b(?:is|are|has\s+been|have\s+been)\s+(?:(?:all|fully)\s+)?(?:done|complete|completed|finished|merged|ready|landed|closed|in|green)\b)`,
    ),
  ),
  // "as soon as", "the moment Phase 2 is merged" (not "at the moment": now), "the day Phase 2 lands" (not
  // "the day after/before/of ...")
  time(
    follows(
      String.raw`as\s+soon\s+as|(?<!\bat\s)the\s+(?:moment|minute|instant|(?:same\s+)?day(?![a-z0-9-])(?!\s+(?:after|before|of)\b))(?:\s+(?:that|when))?`,
    ),
  ),
  // A sufficient condition names what the subject waits for: "it is enough that T016 is merged", "es
  // genügt, dass T016 fertig ist", "il suffit que T016 soit fusionnée", "basta che/con que T016 ...".
  time(
    follows(
      String.raw`(?:it\s+)?(?:is\s+enough|suffices)\s+that|(?:es\s+)?(?:gen[üu]gt|reicht),?\s+(?:dass|wenn)|(?:il\s+)?suffit\s+que|basta\s+(?:che|con\s+que|que)`,
    ),
  ),
  // So does a proviso: "any time, as long as T003 is merged", "provided that", "siempre que T003 esté
  // mergeado", "desde que", "pourvu que", "à condition que", "purché", "sofern", "vorausgesetzt, dass";
  // not a length of time ("takes about as long as T003").
  time(
    follows(
      String.raw`(?<!\b(?:takes?|took|taking|lasts?|lasted|about|roughly|nearly|almost|twice|half|just|for)\s)(?:as|so)\s+long\s+as|provid(?:ed|ing)(?:\s+that)?|on\s+(?:the\s+)?condition\s+that|siempre\s+(?:y\s+cuando|que)|con\s+tal\s+(?:de\s+)?que|a\s+condici[oó]n\s+de\s+que|desde\s+que|contanto\s+que|pourvu\s+que|[àa]\s+condition\s+que|purch[ée]|a\s+patto\s+che|sofern|vorausgesetzt,?\s+(?:dass)?`,
    ),
  ),
  ...UNTIL_WORDS,
  time(follows(String.raw`(?:upon|on|after)\s+(?:the\s+)?completion\s+of`)),
  follows(String.raw`waits?\s+(?:for|on)|waiting\s+(?:for|on)`),
  // and its short forms in terse notes: "blk by T012", "blkd by T003", "dep: T031", "deps: T002, T003"
  follows(String.raw`(?:blocked|blkd|blk)\s+(?:by|on|until)`),
  follows(String.raw`deps?\s*:`),
  follows(String.raw`unblocked\s+(?:by|after)`),
  follows(String.raw`builds?\s+on(?:\s+top\s+of)?|built\s+on`),
  // "follows the same field naming as T012" compares; it orders nothing; "the following" announces a list.
  // "Following T001, ..." is a word of time, as "After T001, ..." is.
  follows(String.raw`follows(?!\s+(?:(?:the|a)\s+)?(?:same|similar)\b)|(?:is\s+|are\s+)?preceded\s+by`),
  time(follows(String.raw`(?<!the\s)following(?!\s+(?:(?:the|a)\s+)?(?:same|similar)\b)`)),
  follows(PREREQUISITE_LABEL),
  // Reusing, extending or importing something needs it to exist first: "US3 reuses US1's reader", "4.3 and
  // 4.4 both import this"; "no import of T021's module", "the import from T003" are nouns.
  follows(
    String.raw`re-?uses?|re-?using|extends|imports|importing|(?<!(?:no|the|an|any|its|their)\s)import(?!\s+(?:of|from|statements?)\b)`,
  ),
  // "4.1 has to be in as well", "T004 must be merged first", "... in place beforehand" (ending its clause): the
  // task that has to be finished comes first; the one waiting is the subject the clause inherits.
  precedes(
    String.raw`(?:(?:has|have|needs?)\s+to|must)\s+(?:already\s+)?be\s+(?:in\s+place|in|merged|done|landed|finished|ready|complete(?:d)?)(?=(?:\s+(?:first|already|as\s+well|too|beforehand|before(?:\s+this(?:\s+one)?)?|earlier)){0,2}\s*(?:[.;,)]|$))`,
  ),
  // Working with what another task makes (product-words.ts)
  ...PRODUCT_WORDS,
  ...FLOW_FORWARD,
  // French; "ne dépend que de" (depends only on) is a need, its "que" the "only" of "ne ... que".
  follows(
    String.raw`(?:ne\s+)?d[eé]pend(?:ent)?\s+(?:(?:que|uniquement|seulement|aussi|directement)\s+)?(?:de|des|du|d')`,
  ),
  // The passive "is blocked by" in the Romance languages: "le récit 2 est bloqué par le récit 1", "bloqueada
  // por", "bloccato da" (before the active "bloque", "bloquea", "blocca" of the backward words).
  follows(
    String.raw`bloqu[eé]e?s?\s+par|bloquead[oa]s?\s+(?:por|pel[oa]s?)|bloccat[oaie]\s+da(?:l|lla|i|lle)?`,
  ),
  // "Le récit 2 s'appuie sur le récit 1": relies on.
  follows(String.raw`s['’]appuie(?:nt)?\s+sur`),
  time(
    follows(
      String.raw`apr[eè]s|une\s+fois(?:\s+(?:que|termin[eé]e?s?|achev[eé]e?s?|fusionn[eé]e?s?))?|d[eè]s\s+que`,
    ),
  ),
  { ...time(follows(String.raw`une\s+fois\s+(?:termin|achev|fusionn)[eé]e?(?!s)`)), oneObject: true },
  limit(follows(String.raw`jusqu['’]\s*[àa]\s+ce\s+que`)),
  follows(String.raw`repose(?:nt)?\s+sur`),
  follows(
    String.raw`n[eé]cessite(?:nt)?|requiert|requi[eè]rent|attend(?:ent|re)?|(?:a|ont)\s+besoin\s+(?:de|des|du|d['’])(?:\s*attendre)?|r[eé]utilise(?:nt)?|[eé]tend(?:ent)?`,
  ),
  // "T004 a besoin de T001", "ont besoin du récit 1": needs.
  follows(String.raw`(?:a|ont|avoir|aura|auront)\s+besoin\s+(?:de|d['’]|du|des)`),
  // Spanish and Portuguese
  follows(
    String.raw`depende(?:n|m)?\s+(?:(?:apenas|so|somente|solo|solamente|unicamente|exclusivamente|tambem|tambien)\s+)?(?:de|da|do|das|dos|del)`,
  ),
  ...PARTICIPLE_WORDS,
  // Calling what a task makes needs it: "a T036 chama as tasks da T035" (only before an article).
  follows(
    String.raw`(?:chama|llama|invoca|consome|consume)(?:n|m)?(?=\s+(?:o|a|os|as|el|la|los|las|um|uma|un|una)\s)`,
  ),
  time(follows(String.raw`despu[eé]s\s+(?:de|del)|depois\s+(?:de|da|do|das|dos)|ap[oó]s|tras`)),
  // "una vez terminada T001", "uma vez concluída a 2.1", "en cuanto", "assim que": once, as soon as. A
  // singular participle has one object.
  {
    ...time(
      follows(
        String.raw`un[ao]\s+vez\s+(?:terminad|completad|finalizad|acabad|conclu[ií]d|hech|feit|list|pront)[oa](?!s)`,
      ),
    ),
    oneObject: true,
  },
  time(
    follows(
      String.raw`un[ao]\s+vez(?:\s+(?:que|terminad[oa]s?|completad[oa]s?|finalizad[oa]s?|acabad[oa]s?|conclu[ií]d[oa]s?|hech[oa]s?|feit[oa]s?|list[oa]s?|pront[oa]s?))?|en\s+cuanto|tan\s+pronto\s+como|assim\s+que|logo\s+que`,
    ),
  ),
  limit(follows(String.raw`hasta\s+que|at[eé]\s+que`)),
  follows(String.raw`se\s+apoya(?:n)?\s+en|se\s+apoia(?:m)?\s+(?:em|n[ao]s?)`),
  // "T004 espera a T002", "debe esperar a T002" (waits for); Portuguese "aguarda a 2.1", "espera pela T002".
  follows(
    String.raw`esper(?:a|an|ar)\s+(?:a|al)(?![a-z])|aguard(?:a|am|ar)|esper(?:a|am|ar)\s+(?:por|pela|pelo|pelas|pelos)(?![a-z])`,
  ),
  follows(
    String.raw`requiere(?:n)?|requer(?:em)?|necesita(?:n)?|precisa(?:m)?(?:\s+(?:apenas|s[oó]|somente))?\s+(?:de|da|do|das|dos)|reutiliza(?:n|m)?`,
  ),
  // Catalan (catalan-words.ts)
  ...CA_FORWARD,
  // Croatian, Serbian and Bosnian (croatian-words.ts)
  ...HR_FORWARD,
  // German (german-words.ts)
  ...DE_FORWARD,
  // Italian
  follows(
    String.raw`dipend(?:e|ono)\s+(?:da|dal|dalla|dai|dalle|dagli|dallo)|richied(?:e|ono)|presuppon(?:e|gono)|riusa|riutilizza|aspett(?:a|ano|are)(?![a-z])|ha(?:nno)?\s+bisogno\s+(?:di|del|della|dei|delle)`,
  ),
  time(
    follows(
      String.raw`(?:solo\s+)?dopo(?:\s+che)?|(?:solo\s+)?quando|non\s+appena|una\s+volta\s+(?:che|terminat[oa]|completat[oa])`,
    ),
  ),
  limit(follows(String.raw`finch[eé]`)),
  // Dutch (dutch-words.ts)
  ...NL_FORWARD,
  // Polish (polish-words.ts)
  ...PL_FORWARD,
  ...FRONTED_WAITS,
  ...PL_TIME,
  // Czech and Slovak, as folded text reads them ("závisí na" reads "zavisi na"; "až bude hotová T015":
  // once T015 is done; "volá" calls; "stačí (mu) X": X is all it needs; Slovak "hneď, ako" and "len čo": as
  // soon as; "až keď", "až když": only when; "(sa) začína, keď", Czech "začne, když": starts when). A test "red until" the
  // work lands is in its expected state, not waiting.
  follows(
    String.raw`zavis(?:i|eji)\s+(?:jen\s+|pouze\s+|take\s+|primo\s+)?na|zavisl[aeyi]\s+na|potrebuj(?:e|i)|vyzaduj(?:e|i)|ceka(?:ji)?\s+na|navazuj(?:e|i)\s+na|vyuziva(?:ji)?|stav(?:i|eji)\s+na|(?:je|jsou)\s+blokovan[aeyi]?|vola(?:ji|ju)?|staci(?:\s+(?:mu|jej|jim|im|ji))?`,
  ),
  time(
    follows(
      String.raw`(?:az\s+)?po\s+dokonceni|jakmile(?:\s+(?:je|jsou|bude|budou)\s+hotov[aeyi])?|(?:ceka(?:ji)?,?\s+)?az\s+(?:je|jsou|bude|budou)\s+hotov[aeyi]|hned,?\s+(?:ako|jak)|len\s+co|az\s+(?:ked|kdyz)|(?:zacina(?:ju|ji)?|zacne|zacnu|(?:moze|muze|mozu|mohou)\s+zac(?:at|it))\s*,?\s*(?:ked|kdyz)`,
    ),
  ),
  limit(
    follows(String.raw`(?<!${FAILING_CS}\s*,?\s*)dokud(?:\s+(?:nebude|nebudou|neni|nejsou)\s+hotov[aeyi])?`),
  ),
  // Romanian, folded ("depinde de", "are nevoie de": needs, "îi trebuie": it needs, "așteaptă": waits
  // for, "așteaptă ca X să fie gata": waits for X to be ready, "e blocată de": is blocked by, "se bazează pe":
  // builds on, "folosește": uses)
  follows(
    String.raw`depind?e?\s+(?:(?:doar|numai|direct|[șş]i|tot)\s+)?de|(?:are|au)\s+nevoie\s+(?:doar\s+|numai\s+)?de|(?:ii|le)\s+trebuie|a[șş]teapta(?:\s+(?:dupa|pe|ca))?|(?:este\s+|e\s+|sunt\s+)?blocat[aei]?\s+de|se\s+bazeaza\s+pe|se\s+sprijina\s+pe|(?:re)?folose(?:[șş]te|sc)|reutilizeaza`,
  ),
  // "după" (after), "după ce" (after [it is]), "odată ce" / "odată terminată" (once), "imediat ce", "de
  // îndată ce" (as soon as); not "după același tipar" nor "după modelul lui" (after the same pattern: a
  // comparison), nor where a task "appears after" another in the list.
  time(
    follows(
      String.raw`(?<!(?:apare|apar|listat[aei]?|scris[aei]?|trecut[aei]?)\s+)dupa(?:\s+ce)?(?!\s+(?:acela[șş]i|aceea[șş]i|acelea[șş]i|modelul|exemplul|tiparul)\b)|(?:imediat|de\s+indata|indata)\s+ce`,
    ),
  ),
  // "odată terminată T001, ...": a singular participle has one object.
  { ...time(follows(String.raw`odata\s+(?:terminat|finalizat|incheiat|facut)a?`)), oneObject: true },
  time(follows(String.raw`odata\s+(?:ce|terminate|termina[țţ]i|gata)`)),
  limit(follows(String.raw`(?<!${FAILING_RO}\s+)pana\s+(?:cand|ce)`)),
  ...NORDIC_FORWARD,
  // Arabic: "يعتمد على" (depends on), "يحتاج إلى" (needs), "يتطلب" (requires), "ينتظر" (waits for); "بعد" (after)
  follows(AR_FOLLOWS),
  time(follows(AR_AFTER)),
  // Hebrew: "תלוי ב-" (depends on), "צריך", "דורש", "ממתין ל-"; "אחרי", "לאחר השלמת" (after)
  follows(HE_FOLLOWS),
  time(follows(HE_AFTER)),
  // Persian: "به T023 وابسته است", "T017 را لازم دارد" (depends on, needs: the object before the verb),
  // "منتظر T039 می‌ماند" (waits for), "پس از", "بعد از", "به‌محض پایان" (after, as soon as ... ends)
  precedes(FA_NEEDS_BEFORE),
  follows(FA_WAITS_FOR),
  time(follows(FA_AFTER)),
  // Greek (not folded: accents stay): "εξαρτάται από" (depends on), "χρειάζεται" (needs), "απαιτεί"
  // (requires), "προϋποθέτει" (presupposes), "περιμένει" (waits for), "θέλει" (wants: needs)
  follows(
    String.raw`εξαρτ[άα](?:ται|νται|ωνται)\s+(?:(?:μ[όο]νο|κυρ[ίι]ως|επ[ίι]σης)\s+)?απ[όο]|χρει[άα]ζ(?:εται|ονται)|απαιτε[ίι]|προϋποθ[έε]τει|προυποθ[έε]τει|περιμ[έε]ν(?:ει|ουν)|θ[έε]λει`,
  ),
  // "μετά (από)" (after; not where a task is "γραμμένη μετά", written after), "αφού" (once), "μόλις" (as
  // soon as), "ξεκινά όταν" (starts when); an opening "Όταν X ολοκληρωθεί" (when X is done) is "once"
  time(
    follows(
      String.raw`(?<!(?:γραμμ[έε]ν(?:η|ο|ες|α|ος)|ε[ίι]ναι)\s+)μετ[άα](?:\s+απ[όο])?|αφο[ύυ]|μ[όο]λις|(?:ξεκιν[άα](?:ει)?|ξεκινο[ύυ]ν|αρχ[ίι]ζ(?:ει|ουν))\s+(?:μ[όο]νο\s+)?[όο]ταν`,
    ),
  ),
  limit(follows(String.raw`μ[έε]χρι\s+να`)),
  time(
    follows(
      String.raw`(?<=^[\s*_>(-]*)[όο]ταν(?=\s+[^,.;:]{0,80}?(?:ολοκληρωθε[ίι]|ολοκληρωθο[ύυ]ν|κλε[ίι]σει|κλε[ίι]σουν|γ[ίι]νει\s+merge))`,
    ),
  ),
  // Hungarian, folded: the postpositions "X után" (after X) and the verbs at the clause's end, their object
  // before them with its suffix: "a T008-tól függ" (depends on T008), "a T041-re vár" (waits for T041);
  // "szüksége van X-re" (needs X)
  // ("a listában a T031 után" says where a task is listed: in the list, after T031)
  time(precedes(String.raw`(?<!(?:listaban|listan)(?:\s+\S+){0,3}\s+|nem\s)utan`)),
  { ...precedes(String.raw`(?<!nem\s)(?:fugg(?:nek)?|var(?:nak)?)`), closesBracket: true },
  follows(String.raw`szuksege\s+van|szukseguk\s+van`),
  // "megvárja X-et", "megvárja az US2 lezárását" (waits for X, for US2's completion): the object after it
  follows(String.raw`megvarj(?:a|ak)`),
  // Finnish, folded, with the object's case ending after its ID ("riippuu T002:sta", "odottaa T009:ää"):
  // depends on, is dependent on, requires, needs, waits for, builds on, uses
  follows(
    String.raw`riippuu(?:\s+(?:vain|ainoastaan|myos|suoraan))?|on\s+riippuvainen|edellyttaa|tarvitsee(?:\s+(?:vain|ainoastaan))?|odottaa|vaatii|perustuu|kayttaa`,
  ),
  // Postpositions, the object before them: "T004:n jälkeen" (after T004), "T025:n valmistuttua" (once T025
  // is finished); "vasta, kun" (only when), "alkaa, kun" (starts when)
  time(precedes(String.raw`jalkeen|valmistuttua|valmistumisen\s+jalkeen`)),
  time(
    follows(
      String.raw`vasta\s*,?\s*kun|(?:voi(?:vat|daan)?\s+)?(?:alkaa|alkavat|aloittaa|aloitetaan|kaynnistyy)\s*,?\s*kun`,
    ),
  ),
  limit(follows(String.raw`kunnes`)),
  // "Kun vaihe 2 on valmis, ...": opening the sentence with a finished object, "when" is "once".
  time(
    follows(
      String.raw`(?<=^[\s*_>(-]*)kun(?=\s+[^,.;:]{1,80}?\b(?:on|ovat)\s+(?:kokonaan\s+)?(?:valmi(?:s|it|ita)|tehty|tehtyja|yhdistetty|paahaarassa)\b)`,
    ),
  ),
  // Indonesian and Malay (indonesian-words.ts)
  ...ID_FORWARD,
  // Vietnamese (vietnamese-words.ts)
  ...VI_FORWARD,
  // Hindi, Thai, Swahili, Turkish, Urdu and Bengali (each in its own file)
  ...HI_FORWARD,
  ...TH_FORWARD,
  ...SW_FORWARD,
  ...LT_FORWARD,
  ...TR_FORWARD,
  ...UR_FORWARD,
  ...BN_FORWARD,
  // Russian
  follows(String.raw`зависит\s+от|зависят\s+от|требует|требуют`),
  // "T009 ждёт T011" (waits for; the object takes no preposition, so only a task right before the verb is
  // its subject: in "Модель из T014 ждёт лишь T035" the case ending says T035 waits, which is not read)
  follows(
    String.raw`(?<=(?:^|[\s(])[a-z]*-?\d[\w.-]*\s+)(?<!(?:из|от|для|в|во|на|с|со|у|к|по|о|об)\s+[a-z]*-?\d[\w.-]*\s+)(?:жд[её]т|ждут|ожида(?:ет|ют))`,
  ),
  ...VERB_AFTER,
  time(follows(String.raw`(?<![,;]\s*)после`)),
  // Bulgarian (bulgarian-words.ts)
  ...BG_FORWARD,
  // Tagalog (tagalog-words.ts)
  ...TL_FORWARD,
  // Ukrainian ("залежить від": depends on; "потрібні 6.1 і ...": 6.1 and ... are needed; "починати, коли
  // буде готове 3.2": start when 3.2 is ready; "не раніше, ніж злито 4.1": not before 4.1 is merged)
  follows(
    String.raw`залеж(?:ить|ать)\s+(?:лише\s+|тільки\s+|також\s+)?від|потребу(?:є|ють)|використову(?:є|ють)|чека(?:є|ють)\s+на|спира(?:є|ю)ться\s+на|потрібн(?:і|е|а|ий)(?!\s+для)`,
  ),
  time(
    follows(
      String.raw`після|(?:почина\S*|старту\S*|беремо(?:ся)?)\s*,?\s*(?:лише\s+|тільки\s+)?(?:тоді,?\s+)?коли|коли\s+(?:(?:буде|будуть)\s+)?(?:злит|закрит|готов|завершен)\S*|не\s+раніше,?\s+ніж(?:\s+злито)?`,
    ),
  ),
  // Turkish, folded: a converb of "without" ("tamamlanmadan", "bitmeden", "olmadan": without X being done),
  // its object before it and its subject after it, orders only before a verb its suffix negates ("US1
  // tamamlanmadan US3'e geçilmez": US3 is not entered without US1 done; "başlanamaz", "başlamamalı");
  // "T003 olmadan da T005 başlatılabilir" (T005 can start without T003) binds nothing.
  // A limit, like "until": the subject after the converb waits, its negation being the converb's own.
  limit(precedes(String.raw`[a-zışç]*m[ae]d[ae]n(?=[^.;:]*[a-zışç](?:m[ae]z|m[ae]m[ae]l[ıi])(?![a-zışç]))`)),
  // Chinese (chinese-words.ts)
  ...ZH_FORWARD,
  // Japanese (japanese-words.ts)
  ...JA_FORWARD,
  // Korean (korean-words.ts)
  ...KO_FORWARD,
];
