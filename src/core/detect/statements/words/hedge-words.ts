import { TL_HEDGES } from "./tagalog-words.js";
import { BG_HEDGES } from "./bulgarian-words.js";
import { HR_HEDGES } from "./croatian-words.js";
import { CA_HEDGES } from "./catalan-words.js";
import { HE_HEDGES } from "./hebrew-words.js";
import { FA_HEDGES } from "./persian-words.js";
import { HI_HEDGES } from "./hindi-words.js";
import { TH_HEDGES } from "./thai-words.js";
import { SW_HEDGES } from "./swahili-words.js";
import { LT_HEDGES } from "./lithuanian-words.js";
import { KO_HEDGES } from "./korean-words.js";
import { UR_HEDGES } from "./urdu-words.js";
import { BN_HEDGES } from "./bengali-words.js";
import { AR_HEDGES } from "./arabic-words.js";
import { ID_FINISHED_AFTER } from "./indonesian-words.js";
import { foldText as vi } from "../fold-text.js";

// A task's ID as folded text writes it ("t004", "us2", "5.1").
const ID = String.raw`(?:t\d{3,}|us\d+|\d+\.\d+)`;

/**
 * Words that make a sentence an alternative, a suggestion, a condition or an example rather than a rule
 * ("or, with one developer, sequentially", "optionally", "if staffed", "could", "e.g."). A sentence with
 * one of them binds nothing. "or" between two task IDs only lists them and is not counted.
 */
export const HEDGE_WORDS: readonly string[] = [
  // English
  // "either of them" is "each of them" ("merged before either of them starts"), and "in either order" is
  // "in any order": no alternative.
  // "either 5.1 or 5.2" only lists two tasks, as "5.1 or 5.2" does; "before either starts" is "before
  // each of them starts".
  String.raw`or|either(?!\s+(?:of|one|order|way|starts?|begins?|gets|lands|runs)\b)(?!\s+${ID}\s*(?:or|&)\s*${ID}\b)`,
  // "unless" states the exception to a rule its main clause binds ("Unless T012 is dropped, T013 follows it").
  String.raw`optional(?:ly)?|if|whether`,
  // "may not" forbids ("T004 may not begin until T001 has landed"): a rule, not a hedge; "may start as soon
  // as group 1 is merged" permits, as "can start" does: it says when.
  String.raw`could|may(?!\s+(?:not\b|(?:start|begin|run|proceed)\s+(?:as\s+soon\s+as|once|right\s+after|any\s*time|in\s+parallel)))|might|perhaps|possibly|potentially|ideally|preferably`,
  // "T051 is best run after T050": a preference for a time, not a rule.
  String.raw`(?:is|are|it['’]s)\s+best\s+(?:run|done|started|merged|scheduled|written|picked\s+up|left|kept|placed)`,
  String.raw`e\.g\.|for\s+example|for\s+instance|such\s+as`,
  // "writing the tests first is encouraged": a recommendation in the passive.
  String.raw`recommend(?:ed|s)?|suggest(?:ed|s|ion)?|consider|encouraged`,
  // A deliberation reports an option weighed, not the decision: "we considered making T031 wait for T029",
  // "we thought about having T006 wait". "T005 is considered done when ..." deliberates nothing.
  // A dependency called soft or weak is a wish: "T047 on T046: soft dependency", "the link to US3 is weak".
  String.raw`(?:soft|weak|loose)\s+(?:dependenc(?:y|ies)|links?|requirements?|ordering)|(?:is|are)\s+(?:only\s+|just\s+|merely\s+)?(?:soft|weak)(?=\s*(?:[.;,)]|$))`,
  String.raw`(?:considered|contemplated|discussed|debated|weighed|thought\s+(?:about|of))\s+[a-z]+ing`,
  String.raw`(?:in\s+)?(?:priority\s+order|order\s+of\s+priority|by\s+priority)`,
  // The order of priority in other languages: Italian, French, German, Dutch, Polish, Czech, Swedish,
  // Danish and Norwegian, Finnish, Hungarian, Indonesian, Turkish, Ukrainian and Russian (folded). Only the
  // word for an order: "sortiert nach Priorität" (sorted by priority) describes what a task builds.
  String.raw`ordine\s+(?:di|delle)\s+priorita|ordre\s+(?:de|des)\s+priorites?|prioritatsreihenfolge|reihenfolge\s+(?:der|nach)\s+prioritat(?:en)?|volgorde\s+van\s+prioriteit|prioriteitsvolgorde|kolejnosci\s+priorytet(?:ow|u)|poradi\s+priorit|prioritetsordning[a-z]*|prioritere?t\s+r(?:æ|e)kkef(?:ø|o)lge|prioritetsr(?:æ|e)kkef(?:ø|o)lge|prioriteettijarjestyk[a-z]*|prioritasi\s+sorrend[a-z]*|urutan\s+prioritas|oncelik\s+s(?:ı|i)ras\S*|порядк\S*\s+(?:пріоритет|приоритет)\S*`,
  // Staffing as a condition ("with one developer", "for a team of three") offers another schedule; saying who
  // takes which task ("one developer handles T008 while another ...") only describes the parallel work.
  String.raw`(?:with|for|given|using)\s+(?:only\s+)?(?:one|a|single|solo|a\s+single|multiple|two|three|four|several|\d+)\s+(?:developers?|devs?|people|persons?|engineers?|team\s+members?)|by\s+(?:only\s+)?(?:one|a|single|solo|a\s+single)\s+(?:developer|dev|person|engineer)|(?:solo|single)\s+developer|multiple\s+developers|team\s+capacity|staff(?:ed|ing)`,
  String.raw`mvp\s+first|incremental(?:ly)?\s+deliver(?:y|ed)?`,
  // Words that call themselves undecided: "thinking out loud, not a plan: ...", "just an idea", "haven't
  // decided", "don't treat this as an order".
  String.raw`thinking\s+(?:out\s+)?loud|not\s+(?:yet\s+)?(?:a\s+)?(?:plan|commitment|decision|decided)|(?:just|only)\s+an?\s+(?:idea|thought)|(?:have\s+not|haven['’]t|not\s+yet)\s+decided|undecided|(?:don['’]t|do\s+not)\s+treat\s+(?:any\s+of\s+)?(?:this|it|these|that)\s+as`,
  // A concession that takes the order back ("..., but it is not required", "nice to have", "it helps to
  // have T043 merged first"); "not required by T005" and "not needed for US2" deny a relation instead.
  String.raw`not\s+(?:strictly\s+|really\s+|absolutely\s+)?(?:required|necessary|mandatory|essential|a\s+must|a\s+hard\s+requirement)(?!\s+(?:by|for|before|after|until)\b)|nice[\s-]+to[\s-]+have|(?:it\s+)?helps\s+(?:to|if)|would\s+be\s+nice`,
  // A concession that denies the order blocks anything: "after T003 the fixtures are reused, but it does
  // not block", "but that isn't blocking", "pero no bloquea", "mais ça ne bloque pas", "blockiert aber nicht".
  // Only at the end of its clause: "but not blocking T004" names what it denies.
  String.raw`(?:but|pero|mas|mais|aber|ma)\s+(?:(?:it|that|this|ca|cela|es|esto|isso)\s+)?(?:(?:is|does|do|es|est|e)\s+)?(?:not|no|nao|ne|nicht|non|doesn['’]t|isn['’]t|['’]s\s+not)\s+(?:a\s+)?(?:blocking|blocker|block|bloquea|bloqueia|bloque(?:\s+pas)?|bloqueante|bloquant|blocca|bloccante|blockierend)(?=\s*(?:[.;,)]|$))|blockiert\s+aber\s+nicht(?=\s*(?:[.;,)]|$))`,
  // Evaluations ("most valuable after US4") state a preference, not an order.
  String.raw`(?:most|more|less|especially|particularly)\s+(?:valuable|useful|meaningful|effective|convenient)|easiest|easier`,
  // "not required" in the Romance and Germanic languages ("mas não é obrigatório", "pas obligatoire")
  String.raw`(?:nao|no|non)\s+(?:e\s+|es\s+)?(?:obrigatori[oa]|obligatori[oa]|obbligatori[oa]|necessari[oa]|imprescindible)|(?:pas|non)\s+obligatoire|pas\s+n[eé]cessaire|facultati(?:f|ve)|nicht\s+(?:zwingend|n[öo]tig|erforderlich|notwendig|verpflichtend)|niet\s+(?:verplicht|nodig|noodzakelijk)|inte\s+(?:nodvandigt|obligatoriskt|ett\s+krav)`,
  // "without obligation" ("sans obligation", "ohne Verpflichtung"), "it is not an obligation" ("ce n'est pas
  // une obligation", "no es obligatorio", "não é obrigatório") and "possibly" (French "éventuellement",
  // German "eventuell", Swedish and Danish "eventuellt", "eventuelt"; not English "eventually").
  String.raw`(?:without|no|sans|sin|sem|senza|ohne)\s+(?:obligation|obligaci[oó]n|obriga[cç][aã]o|obbligo|verpflichtung)|n['’]est\s+pas\s+(?:une\s+)?(?:obligation|obligatoire)|pas\s+obligatoire|no\s+es\s+obligatori[oa]|nao\s+e\s+obrigatori[oa]|eventuel(?:le|les|s|lement|l|lt|t)?(?![a-z])`,
  // French ("si" is "if"; in "entre si" and "por si", Spanish and Portuguese, it is "themselves"). "if"
  // opens a clause with its subject ("si vous êtes seul", "si l'équipe", "si besoin", "si T012 ..."); the
  // Italian "si" is a pronoun before a verb ("si apre", "si scrivono") and hedges nothing.
  String.raw`ou|optionnel(?:le)?(?:ment)?|(?<!(?:entre|por|em|en)\s)si(?=\s+(?:vous|on|nous|tu|ils?|elles?|l['’]|la|le|les|un|une|des|du|el|los|las|hay|es|tienes|plusieurs|personne|besoin|necessaire|possible|quelqu|chaque|aucune?|tou(?:te|s|tes)?|[a-z]{1,6}-?\d|\d))|pourrai(?:t|ent)|par\s+exemple|recommand[eé]e?s?|sugg[eé]r[eé]e?s?`,
  // Spanish and Portuguese ("se for", "se houver", "se você": if it is, if there is, if you; "caso haja": in
  // case there is)
  String.raw`se\s+(?:for|forem|houver|voces?|tiver(?:em)?|quiser(?:em)?)|caso\s+(?:haja|seja|voces?)`,
  String.raw`o\s+bien|opcional(?:mente)?|podr[ií]a(?:n)?|poderia(?:m)?|por\s+ejemplo|por\s+exemplo|recomendad[oa]s?|sugerid[oa]s?|sugerencias?|sugest(?:ao|oes|ão|ões)|recomendaci[oó]n|recomenda[cç](?:ao|ão)|recomenda-se|se\s+recomienda|recomendamos|aconselha-se|se\s+aconseja|ordem\s+de\s+prioridade|orden\s+de\s+prioridad`,
  // Catalan and Croatian (catalan-words.ts, croatian-words.ts)
  CA_HEDGES,
  HR_HEDGES,
  BG_HEDGES,
  TL_HEDGES,
  // German ("wenn" is also "when": "erst wenn 2.1 fertig ist" binds; "wenn du allein arbeitest", "wenn man
  // will" is a condition on who works, as "if you work alone" is; "empfiehlt sich": is advisable)
  String.raw`wenn\s+(?:du|ihr|man|jemand)\b|empfiehlt|empfehlen|wer\s+(?:mag|will|m[öo]chte)|am\s+(?:bequemsten|besten|einfachsten|liebsten)|etwa|ungef[äa]hr|nach\s+belieben|bei\s+bedarf`,
  String.raw`oder|optional|falls|k[öo]nnte(?:n)?|z\.\s?b\.|zum\s+beispiel|beispielsweise|empfohlen(?:e|er|es)?|empfehlung|vorschlag|idealerweise|vorzugsweise`,
  // Italian, Dutch ("of" is also English), Polish
  String.raw`conviene|converrebbe|(?:un\s+)?solo\s+sviluppatore|se\s+c['’]e|oppure|facoltativ[oa]|opzional(?:e|mente)|potrebbe(?:ro)?|ad\s+esempio|per\s+esempio|si\s+consiglia|si\s+raccomanda|raccomandat[oa]|consigliat[oa]|consigliabil[ei]|suggeriment[oi]|suggerit[oa]|(?:sarebbe\s+)?meglio\s+se|non\s+(?:e\s+)?(?:pero\s+)?(?:bloccante|un\s+obbligo|vincolante)`,
  String.raw`optioneel|bijvoorbeeld|aanbevolen|eventueel|zou\s+kunnen|lub|albo|opcjonalnie|na\s+przyk[łl]ad|zalecan[ey]`,
  // Polish "jeśli", "jeżeli" (if), "propozycja", "sugestia" (a proposal, a suggestion), folded
  String.raw`jesli|jezeli|propozycj[aie]|sugesti[aie]`,
  // Swedish
  String.raw`eller|garna|forslagsvis|om\s+(?:ni|du|man)\s+(?:vill|hellre\s+vill)|valfri(?:tt|a)?|till\s+exempel|t\.\s?ex\.|rekommender(?:as|at)|helst|eventuellt`,
  // Czech and Slovak, folded ("bylo by fajn": it would be nice; "bych": I would; "klidně": by all means)
  String.raw`nebo|pripadne|volitelne|volitelny|doporuc(?:uji|ujeme|uje|eno|eni)|napriklad|napr\.|idealne|bylo\s+by|by\s+slo|slo\s+by|bych|bychom|klidne|pokud|jestli|nezavazne|neni\s+zavazne`,
  // Romanian, folded ("sau", or, is left out: Vietnamese "sau" is "after"; "dacă" is "if", not in "chiar
  // dacă": even though; "ar putea": could; "merită": it is
  // worth it; "nu e o condiție": it is no requirement; "mai comod": more convenient)
  String.raw`(?<!chiar\s)daca|ar\s+putea|ar\s+fi\s+(?:bine|util|ideal|mai)|de\s+exemplu|de\s+pilda|recomandat[aei]?|se\s+recomanda|recomandare|sugesti[ei]|eventual|de\s+preferat|merita|la\s+nevoie|mai\s+(?:comod|simplu|u[șş]or)|nu\s+(?:e|este)\s+(?:o\s+)?(?:condi[țţ]ie|obligatori[ue])|in\s+ordinea\s+priorita[țţ]ii`,
  // Danish and Norwegian ("hvis": if; "gerne": preferably; "foretrækker I det": if you prefer; "ikke et
  // krav": not a requirement; "ikke bindende": not binding)
  String.raw`hvis|dersom|eventuelt|gerne|gjerne|foretr[æe]kker\s+(?:i|du|man|vi)|kunne|f\.\s?eks\.|for\s+eksempel|anbefal(?:et|es|ing)|forslag|valgfri(?:t|e)?|ikke\s+(?:et\s+krav|bindende|n[øo]dvendigt|obligatorisk)|om\s+(?:i|du|man)\s+vil`,
  // Finnish, folded ("tai": or, not the Lithuanian pronoun "tai" of "tik tai", "tai yra", "Tai klaida";
  // "mieluiten": preferably; "kannattaa": it is worth it; "halutessa": if wished; "ei ole
  // ehdoton vaatimus": is no strict requirement)
  String.raw`(?<!(?:tik|o|bet|ir|kad)\s)tai(?!\s+(?:yra|kas|klaida|reiskia|pat|buvo|bus|jau))|jos|esimerkiksi|esim\.|mieluiten|mieluummin|suositel(?:laan|tava|emme)|suositus|kannattaa|voisi(?:vat)?|halutessa(?:nne)?|tarvittaessa|valinnai(?:nen|sesti)|vapaaehtoi(?:nen|sesti)|ehdotus|ei\s+(?:kuitenkaan\s+)?(?:ole\s+)?(?:ehdoton\s+)?(?:vaatimus|pakollinen|valttamaton|sitova)`,
  // Hungarian, folded ("akár": even, if you like; "érdemes": it is worth; "nem feltétel": no condition;
  // "ha": if; "vagy": or; "például": for example; "javasolt": suggested). "ha" opens its clause (at the
  // start, after a comma, "csak", "és", "akkor"): after a subject it is the Italian "has" ("T022 ha il [P]").
  String.raw`szerintem|akar|erdemes|(?:ez\s+)?nem\s+(?:feltetel|kotelezo|szukseges)|(?<=(?:^|[,;:(–-]|\bcsak|\bes|\bakkor|\bmert)\s*)ha|vagy|peldaul|javasolt|ajanlott|opcionalis`,
  // Greek ("αν": if, not "αν και": although; "θα μπορούσε": could; "εναλλακτικά": alternatively; "δεν είναι
  // απαραίτητο": it is not necessary; "ή": or, accented, unlike the article "η")
  String.raw`ή|εάν|αν(?!\s+και)|[ίι]σως|ενδεχομ[έε]νως|προαιρετικ[άα]|προτε[ίι]νεται|προτε[ίι]νουμε|συν[ίι]σταται|για\s+παρ[άα]δειγμα|π\.χ\.|θα\s+μπορο[ύυ]σ(?:ε|αν)|εναλλακτικ[άα]|δεν\s+ε[ίι]ναι\s+(?:απαρα[ίι]τητο|υποχρεωτικ[όο])|κατ[άα]\s+προτ[ίι]μηση`,
  // Turkish, folded ("istenirse": if wished; "isteğe bağlı": optional; "eğer": if; "veya", "ya da": or;
  // "örneğin": for example; "önerilir": is recommended; "gerekirse": if needed). A verb or noun with the
  // conditional of "you" ("tek geliştiriciyseniz": if you are one developer, "isterseniz": if you like)
  // is a condition; "öneri", "önerdiğim", "önerilen" (a suggestion, the one I suggest, suggested).
  String.raw`istenirse|istege\s+bagl[ıi]|opsiyonel|eger|veya|ya\s+da|ornegin|onerilir|gerekirse|dilerseniz`,
  String.raw`[a-z\u00C0-\u024F]+y?s[ae]n[ıi]z|oner(?:i|ilen|im|imiz|dig[a-z]*)|tavsiye(?:\s+edilir)?`,
  // Indonesian and Malay; "jika", "kalau" (if) before an object in a finished state are "once" ("kalau 2.1
  // sudah selesai": when 2.1 is done), no condition
  String.raw`atau|sebaiknya|misalnya|contohnya|opsional|disarankan|(?:jika|kalau)(?!${ID_FINISHED_AFTER})|tidak\s+wajib|bila\s+perlu`,
  // Vietnamese ("nên làm": had better do; "có lẽ": perhaps; "không bắt buộc": not required)
  vi(String.raw`hoặc|nên\s+làm|có\s+lẽ|gợi\s+ý|không\s+bắt\s+buộc|ví\s+dụ|tùy\s+chọn|nếu`),
  // Russian
  String.raw`или|опционально|необязательно|если|например|рекомендуется|по\s+приоритету`,
  // Ukrainian ("бажано": preferably; "за бажанням": if you like; "на розсуд": at the discretion of; "можна":
  // one may, but "не можна" forbids)
  String.raw`або|бажано|за\s+бажанням|на\s+розсуд|необов['’]язково|наприклад|якщо|рекоменд\S*|радимо|(?<!не\s)можна`,
  // "Preferably" and "ideally" state a wish, not an order: French, Spanish, Portuguese, Italian, Dutch, Danish and
  // Norwegian, Swedish, Polish and Czech (folded), Hungarian, Turkish, Russian. A noun of preferences
  // ("l'écran des préférences") is no such adverb.
  String.raw`idealement|idealmente|de\s+preference|preferablement|preferiblemente|preferentemente|de\s+preferencia|preferencialmente|preferivelmente|preferibilmente|di\s+preferenza|bij\s+voorkeur|liefst|fortrinsvis|foretradesvis|najlepiej|w\s+miare\s+mozliwosci|nejlepe|prednostne|pokud\s+mozno|lehetoleg|tercihen|mumkunse|желательно|предпочтительно|краще`,
  vi(String.raw`tốt\s+nhất\s+là`),
  // Chinese
  String.raw`或者|或|可选|如果|例如|比如|建议|推荐|按优先级|最好|尽量|盡量`,
  // Japanese
  String.raw`または|もしくは|任意|オプション|場合|例えば|推奨|優先順|できれば|なるべく|望ましい`,
  // Japanese "余裕があれば" (if there is time: a conditional "-ば"), "済ませてもよい" (may finish), "おすすめ"
  // (recommended), "目安" (a rough guide). "同時に進めてもよい" (may go ahead at the same time) is a claim of
  // parallel work, as "can run in parallel" is.
  String.raw`あれば|(?<!(?:同時に|並行して|並列で|一緒に|どれから)\S{0,8})(?:て|で)も(?:よい|良い|いい|かまわない|構わない)|おすすめ|お勧め|目安`,
  // Korean
  String.raw`또는|선택적|경우|예를\s*들어|권장|우선순위\s*순|가급적|되도록|가능하면`,
  KO_HEDGES,
  // Arabic "أو" (or), "يُفضَّل" (preferably), "اختياري" (optional), "على سبيل المثال" (for example)
  AR_HEDGES,
  // Hebrew "או" (or), "מומלץ" (recommended), "אופציונלי" (optional), "לדוגמה", "למשל" (for example)
  HE_HEDGES,
  // Persian "یا" (or), "اختیاری" (optional), "مثلاً" (for example), "بهتر است" (it is better), "اگر" (if)
  FA_HEDGES,
  HI_HEDGES,
  UR_HEDGES,
  BN_HEDGES,
  TH_HEDGES,
  SW_HEDGES,
  LT_HEDGES,
];
