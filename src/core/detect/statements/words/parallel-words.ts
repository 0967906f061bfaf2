import { TL_PARALLEL, TL_PARALLEL_WITH } from "./tagalog-words.js";
import { BG_PARALLEL, BG_PARALLEL_WITH } from "./bulgarian-words.js";
import { HR_PARALLEL, HR_PARALLEL_WITH } from "./croatian-words.js";
import { CA_PARALLEL, CA_PARALLEL_WITH } from "./catalan-words.js";
import { FA_PARALLEL, FA_PARALLEL_WITH } from "./persian-words.js";
import { HI_PARALLEL, HI_PARALLEL_WITH } from "./hindi-words.js";
import { TH_PARALLEL, TH_PARALLEL_WITH } from "./thai-words.js";
import { SW_PARALLEL, SW_PARALLEL_WITH } from "./swahili-words.js";
import { LT_PARALLEL, LT_PARALLEL_WITH } from "./lithuanian-words.js";
import { TR_PARALLEL, TR_PARALLEL_WITH } from "./turkish-words.js";
import { KO_PARALLEL_WITH } from "./korean-words.js";
import { JA_PARALLEL_WITH } from "./japanese-words.js";
import { UR_PARALLEL, UR_PARALLEL_WITH } from "./urdu-words.js";
import { BN_PARALLEL, BN_PARALLEL_WITH } from "./bengali-words.js";
import { HE_PARALLEL, HE_PARALLEL_WITH } from "./hebrew-words.js";
import { AR_PARALLEL, AR_PARALLEL_WITH } from "./arabic-words.js";
import { foldText as vi } from "../fold-text.js";

/** A word or phrase saying that things do not wait for each other. */
export interface ParallelWord {
  pattern: string;
  /** The phrase names the other side after it ("independent of B", "in parallel with B"). */
  takesObject: boolean;
  /** "in any order": the things named have no order among themselves, the tasks of one phase included. */
  unordered?: boolean;
  /** A postpositional phrase whose other side stands right before it ("US2 کے ساتھ", with US2; "T029 ile"). */
  objectBefore?: boolean;
  /** The words name the `[P]` marker ("without [P]", "[P] tasks") rather than claim anything. */
  names?: boolean;
}

const alone = (pattern: string): ParallelWord => ({ pattern, takesObject: false });
const withObject = (pattern: string): ParallelWord => ({ pattern, takesObject: true });
const postposed = (pattern: string): ParallelWord => ({ pattern, takesObject: false, objectBefore: true });

/**
 * Negations of a dependency and statements of parallelism, in every language maestro reads. None of them
 * makes an edge; when they name specific tasks, the implicit listing-order edge between those tasks goes.
 */
export const PARALLEL_WORDS: readonly ParallelWord[] = [
  // English
  withObject(
    String.raw`(?:in\s+)?parallel(?:i[sz]able)?\s+(?:with|to|alongside)|concurrently\s+with|simultaneously\s+with|alongside|at\s+the\s+same\s+time\s+as`,
  ),
  // Running beside something: "can run next to US1", "side by side with", German "neben US1 laufen" ("neben"
  // alone is also "besides": "neben T004 braucht T006 auch T005" adds a need).
  withObject(
    String.raw`(?<=\b(?:run|runs|running|go|goes|proceed|proceeds)\s+)next\s+to|side\s+by\s+side\s+with|neben(?=[^.;:]{1,60}?\b(?:laufen|l[äa]uft|herlaufen|herl[äa]uft|arbeiten)\b)`,
  ),
  withObject(
    String.raw`independent(?:ly)?\s+(?:of|from)|unrelated\s+to|ha(?:s|ve)\s+nothing\s+to\s+do\s+with|overlap(?:s|ping)?\s+with`,
  ),
  withObject(
    String.raw`(?:does|do|did|will|should|must)\s*(?:not|n't)\s+(?:depend\s+on|require|need|wait\s+for)|not\s+(?:depend(?:ent)?\s+on|blocked\s+by)|no\s+need\s+to\s+wait\s+(?:for|on)`,
  ),
  withObject(
    String.raw`no\s+(?:other\s+|code\s+|direct\s+|upstream\s+|inter-?)?(?:dependenc(?:y|ies)|deps?)\s+(?:on|to|with|between|inside|within)`,
  ),
  // German, before the bare words that would take "parallel" alone ("kann parallel zu 5.1 laufen")
  withObject(
    String.raw`parallel\s+zu(?:r|m)?|unabh[äa]ngig\s+von|nicht\s+abh[äa]ngig\s+von|h[äa]ng(?:t|en)\s+(?:(?:aber|auch|jedoch|also|somit|daher)\s+)*nicht\s+von|(?:wartet|warten)\s+(?:(?:aber|auch|jedoch|also|somit|daher)\s+)*nicht\s+(?:(?:mehr|l[äa]nger)\s+)?auf`,
  ),
  alone(
    String.raw`no\s+(?:other\s+|code\s+|direct\s+|upstream\s+|inter-?)?(?:dependenc(?:y|ies)|deps?)|without\s+dependenc(?:y|ies)`,
  ),
  alone(
    String.raw`in\s+parallel|parallel(?:i[sz]able|i[sz]ed)?|concurrent(?:ly)?|simultaneous(?:ly)?|at\s+the\s+same\s+time`,
  ),
  {
    pattern: String.raw`in\s+(?:any|either)\s+order|in\s+beliebiger\s+reihenfolge|en\s+cualquier\s+orden|em\s+qualquer\s+ordem|dans\s+n['’]importe\s+quel\s+ordre|in\s+qualsiasi\s+ordine|in\s+willekeurige\s+volgorde|w\s+dowolnej\s+kolejno[śs]ci|в\s+любом\s+порядке`,
    takesObject: false,
    unordered: true,
  },
  // "Independent Test", "independently testable", "independently deliverable" say how a story is checked
  // or shipped (spec-kit's own words), not what it waits for.
  alone(
    String.raw`independent(?:ly)?(?!\s+(?:test\w*|deliver\w*|deploy\w*|verif\w*|releas\w*|demo\w*|shippable|valuable|usable))|unrelated|overlap(?:s|ping)?|any\s+time|anytime`,
  ),
  // "T003 and T004 run side by side": the pair is the subject.
  alone(String.raw`side\s+by\s+side`),
  // "T003 and T004 can start together", "podem começar juntas", "peuvent démarrer ensemble", "possono
  // partire insieme", "zusammen starten": together after (German: before) a verb of starting or running.
  // Things merged, shipped or reviewed together are one change, not two beside each other.
  alone(
    String.raw`(?<=\b(?:start|starts|begin|begins|run|runs|proceed|proceeds|kick\s+off|be\s+(?:done|built|worked\s+on|picked\s+up))\s+)together(?!\s+with)|(?<=\b(?:comecar|comecam|iniciar|iniciam|rodar|rodam|ser\s+feit[oa]s|empezar|empiezan|arrancar|arrancan|correr|corren|hacerse)\s+)junt[oa]s|(?<=\b(?:demarrer|demarrent|commencer|commencent|tourner|tournent|etre\s+faites?)\s+)ensemble|(?<=\b(?:partire|partono|iniziare|iniziano|girare|essere\s+fatt[ei])\s+)insieme|zusammen(?=\s+(?:starten|beginnen|laufen|anfangen)\b)`,
  ),
  // "T004, T005 and T006 can be taken by three people at once": several things at once run side by side
  // (one thing "at once" only starts now, and a claim needs two members).
  alone(String.raw`at\s+once`),
  // The parallel signs stand between the two sides ("T021 ∥ T022", "src/log.ts ‖ T011"), like "alongside".
  withObject(String.raw`∥|‖|║`),
  // "[P]" naming the marker claims nothing: its absence ("a task without [P]", "listed with no [P]", "not
  // marked [P]", "Pas de [P]") or a kind of task ("[P] tasks touch different files"). It still ends the
  // words before it, as the claim would.
  {
    pattern: String.raw`(?:without|no|not|never|lacks?|lacking|sans|pas\s+de|sin|sem|senza|ohne|kein\w*|zonder|geen|bez|utan|uden|uten|ilman|без|нет)\s+(?:(?:a|an|the|any|its|their|marked|an?\s+explicit)\s+)?\[p\]|\[p\](?=\s+(?:tasks?|items?|markers?|marks?|flags?|labels?|tags?|work|ones?)\b)`,
    takesObject: false,
    names: true,
  },
  alone(String.raw`\[p\]`),
  // French
  withObject(
    String.raw`en\s+parall[eè]le\s+avec|ind[eé]pendante?s?\s+(?:de|des|du)|ne\s+d[eé]pend(?:ent)?\s+pas\s+(?:de|des|du)`,
  ),
  // "n'attend pas l'étape 3" (does not wait for), "n'a pas besoin de E2.1" (does not need), "ne dépend ni de
  // E5.1 ni de E5.2", "pas besoin d'attendre E6.3" (no need to wait for)
  withObject(
    String.raw`n['’]attend(?:ent)?\s+pas(?:\s+la\s+fin\s+(?:de|des|du|d['’]))?|n['’](?:a|ont)\s+pas\s+besoin\s+(?:de|des|du|d['’])|ne\s+n[eé]cessite(?:nt)?\s+pas|ne\s+d[eé]pend(?:ent)?\s+ni\s+(?:de|des|du|d['’])|pas\s+besoin\s+d['’]attendre`,
  ),
  // "il peut avancer pendant que T006 et T007 sont en relecture": while the others run.
  withObject(String.raw`pendant\s+que|en\s+m[eê]me\s+temps\s+que`),
  alone(
    String.raw`en\s+parall[eè]le|ind[eé]pendante?s?|sans\s+d[eé]pendances?|simultan[eé]ment|en\s+m[eê]me\s+temps`,
  ),
  // Spanish and Portuguese
  withObject(String.raw`(?:en|em)\s+paralelo\s+(?:con|com)|independientes?\s+de|independentes?\s+de`),
  withObject(String.raw`n[aã]o\s+depende(?:m)?\s+(?:de|da|do|das|dos)|no\s+depende(?:n)?\s+(?:de|del)`),
  // "no espera a T003 ni a T004", "no necesita esperar a", "não espera pela T002", "não aguarda a 2.1"
  withObject(
    String.raw`no\s+(?:necesita(?:n)?\s+)?esper(?:a|an|ar)\s+(?:a|al)(?![a-z])|n[aã]o\s+(?:precisa(?:m)?\s+)?(?:aguard(?:a|am|ar)|esper(?:a|am|ar)\s+(?:por|pela|pelo|pelas|pelos))(?![a-z])`,
  ),
  alone(
    String.raw`(?:en|em)\s+paralelo|paralel[oa]s?|independientes?|independentes?|sin\s+dependencias|sem\s+dependencias`,
  ),
  withObject(String.raw`al\s+mismo\s+tiempo\s+que|ao\s+mesmo\s+tempo\s+que`),
  alone(String.raw`simult[aá]neamente|a\s+la\s+vez|al\s+mismo\s+tiempo|ao\s+mesmo\s+tempo`),
  // Catalan (catalan-words.ts)
  withObject(CA_PARALLEL_WITH),
  alone(CA_PARALLEL),
  // Croatian, Serbian and Bosnian (croatian-words.ts)
  withObject(HR_PARALLEL_WITH),
  alone(HR_PARALLEL),
  // Bulgarian (bulgarian-words.ts)
  withObject(BG_PARALLEL_WITH),
  alone(BG_PARALLEL),
  // Tagalog (tagalog-words.ts)
  withObject(TL_PARALLEL_WITH),
  alone(TL_PARALLEL),
  withObject(String.raw`gleichzeitig\s+mit|zeitgleich\s+mit`),
  alone(String.raw`gleichzeitig|unabh[äa]ngig|ohne\s+abh[äa]ngigkeit(?:en)?`),
  // Italian, Dutch, Polish
  withObject(
    String.raw`in\s+parallelo\s+con|indipendent[ei]\s+da(?:l|lla|i|lle)?|non\s+dipend(?:e|ono)\s+da(?:l|lla|i|lle)?|parallel\s+met|onafhankelijk\s+van|h[ae]ng(?:t|en)\s+niet\s+(?:af\s+)?van|wacht(?:en)?\s+niet\s+op|r[óo]wnolegle\s+z|niezale[żz]n\w*\s+od|nie\s+zale[żz](?:y|[aą])\s+od`,
  ),
  alone(
    String.raw`in\s+parallelo|contemporaneamente|non\s+dipend(?:e|ono)\s+l['’]un[oa]\s+dall['’]altr[oa]|tegelijk(?:ertijd)?|onafhankelijk|r[óo]wnolegle|niezale[żz]n\w*`,
  ),
  // Swedish
  withObject(
    String.raw`parallellt\s+med|oberoende\s+av|samtidigt\s+som|beror\s+inte\s+pa|(?:behover\s+inte\s+)?vanta(?:r)?\s+inte\s+pa|behover\s+inte\s+vanta\s+pa`,
  ),
  alone(String.raw`parallellt|samtidigt|oberoende|i\s+valfri\s+ordning`),
  // Czech and Slovak, folded: the negation is a prefix of the verb ("nezávisí na", "nečekají na")
  withObject(
    String.raw`(?:soubezne|soucasne|paralelne)\s+s(?:e)?|nezavis(?:i|eji|le|l[aeyi])\s+na|nezavisl[aeyi]\s+na|neceka(?:ji)?\s+na|nepotrebuj(?:e|i)|nesouvis(?:i|eji)\s+s`,
  ),
  alone(
    String.raw`soubezne|soucasne|paralelne|nezavisle|nezavisl[aeyi]|nesouvis(?:i|eji)|v\s+libovolnem\s+poradi`,
  ),
  // ... and the verb after its object: "na Gradle (1.1) ani na admin (1.3) nečaká" (waits for neither)
  postposed(String.raw`(?:ne(?:ceka(?:ji)?|caka(?:ju)?))(?![a-z])`),
  // Romanian, folded: "în paralel cu", "independent de", "nu depinde de", "nu așteaptă după", "odată cu"
  // (together with), "se suprapune cu" (overlaps with)
  withObject(
    String.raw`(?:in\s+)?paralel\s+cu|independent[aei]?\s+de|nu\s+depind?e?\s+de|nu\s+blocheaza|nu\s+(?:este|e|sunt)\s+blocat[aei]?\s+de|nu\s+(?:are|au)\s+nevoie\s+de|nu\s+a[șş]teapta(?:\s+(?:dupa|pe))?|fara\s+sa\s+a[șş]tepte|in\s+acela[șş]i\s+timp\s+cu|odata\s+cu|simultan\s+cu|se\s+suprapun?e?\s+cu`,
  ),
  alone(
    String.raw`in\s+paralel|independent[aei]|simultan|in\s+acela[șş]i\s+timp|se\s+suprapun?e?|in\s+orice\s+ordine`,
  ),
  // Danish and Norwegian, folded (æ and ø stay): "uafhængig af", "afhænger ikke af", "behøver ikke at vente
  // på", "venter ikke på", "samtidig med", "sideløbende med"
  withObject(
    String.raw`uafh[æe]ngige?t?\s+af|uavhengige?\s+av|afh[æe]nger\s+ikke\s+af|beh[øo]ver\s+ikke(?:\s+at)?(?:\s+vente\s+pa)?|venter\s+ikke\s+pa|samtidig\s+med|sidel[øo]bende\s+med|parallelt\s+med`,
  ),
  alone(
    String.raw`parallelt|samtidig|sidel[øo]bende|uafh[æe]ngige?t?|uavhengige?|i\s+vilkarlig\s+r[æe]kkef[øo]lge`,
  ),
  // Arabic: "بالتوازي مع" (in parallel with), "مستقلة عن" (independent of), "معًا" (together)
  withObject(AR_PARALLEL_WITH),
  alone(AR_PARALLEL),
  // Hebrew: "במקביל ל-" (in parallel with), "בלתי תלוי ב-" (independent of), "יחד" (together)
  withObject(HE_PARALLEL_WITH),
  alone(HE_PARALLEL),
  // Persian: "هم‌زمان با", "موازی با" (at the same time as, in parallel with), "با هم" (together)
  withObject(FA_PARALLEL_WITH),
  alone(FA_PARALLEL),
  // Greek: "παράλληλα με" (in parallel with), "ανεξάρτητη από" (independent of), "δεν εξαρτάται από" (does
  // not depend on), "ταυτόχρονα με" (at the same time as), "μαζί με" (together with), "δίπλα σε" (beside)
  withObject(
    String.raw`παρ[άα]λληλα\s+με|ανεξ[άα]ρτητ(?:η|ες|ο|α|ος|οι)\s+απ[όο]|δεν\s+εξαρτ[άα](?:ται|νται|ωνται)\s+απ[όο]|δεν\s+περιμ[έε]ν(?:ει|ουν)|ταυτ[όο]χρονα\s+με|μαζ[ίι]\s+με|δ[ίι]πλα\s+σ(?:ε|τ[οηια]ν?|τις|τους)`,
  ),
  alone(
    String.raw`παρ[άα]λληλα|ταυτ[όο]χρονα|ανεξ[άα]ρτητ(?:η|ες|ο|α|ος|οι|ων)|μαζ[ίι]|δ[ίι]πλα\s+τους|με\s+οποιαδ[ήη]ποτε\s+σειρ[άα]`,
  ),
  // Hungarian, folded: "párhuzamosan" (in parallel), "egy időben", "egyszerre" (at once), "független"
  // (independent), "nem függ" (does not depend), "nem vár" (does not wait)
  alone(
    String.raw`parhuzamosan|egy\s+idoben|egyszerre|fuggetlen(?:ek|ul)?|nem\s+fugg(?:nek)?|nem\s+var(?:nak)?`,
  ),
  // Finnish, folded: the negation is a verb of its own and the verb after it a stem ("ei riipu X:stä": does
  // not depend on X; "eivät odota": do not wait for; "ei tarvitse odottaa"), "rinnakkain X:n kanssa" (side
  // by side with X), "samaan aikaan" (at the same time), "riippumaton" (independent)
  withObject(
    String.raw`(?:ei|eivat|eika|eivatka)\s+(?:(?:vain|myoskaan)\s+)?(?:riipu|odota|tarvitse(?:\s+odottaa)?|vaadi|edellyta)|(?:rinnakkain|samaan\s+aikaan|samanaikaisesti|yhta\s+aikaa)(?=\s+\S+\s+kanssa)`,
  ),
  alone(
    String.raw`rinnakkain|rinnakkaisesti|samaan\s+aikaan|samanaikaisesti|yhta\s+aikaa|riippumatto(?:mia|mat|man|mana|ia)|riippumaton|toisistaan\s+riippumatta|missa\s+tahansa\s+jarjestyksessa`,
  ),
  // Indonesian and Malay ("serentak", "seiring": at once, side by side; "bermula bersama": start together)
  withObject(
    String.raw`(?:bersamaan|paralel|sejalan|serentak|seiring)\s+dengan|tidak\s+(?:ber|ter)gantung\s+(?:pada|kepada)|tidak\s+(?:perlu\s+)?menunggu|terlepas\s+dari`,
  ),
  alone(
    String.raw`bersamaan|secara\s+paralel|paralel|secara\s+serentak|serentak|seiring|(?:bermula|dimulakan|dimulai|berjalan|dijalankan)\s+bersama(?:-sama)?(?!\s+dengan)|independen|dalam\s+urutan\s+apa\s+pun`,
  ),
  // Vietnamese
  withObject(
    vi(
      String.raw`song\s+song\s+với|cùng\s+lúc\s+với|độc\s+lập\s+với|không\s+phụ\s+thuộc(?:\s+vào)?|không\s+cần\s+(?:chờ|đợi)`,
    ),
  ),
  alone(vi(String.raw`song\s+song|đồng\s+thời|cùng\s+lúc|độc\s+lập`)),
  // Russian
  withObject(String.raw`параллельно\s+с|независим\S*\s+от|не\s+завис\S*\s+от`),
  alone(String.raw`параллельно|одновременно|независим\S*|без\s+зависимост\S*`),
  // Ukrainian
  withObject(
    String.raw`паралельно\s+(?:з|із|зі)|одночасно\s+(?:з|із|зі)|незалежн\S*\s+від|не\s+залеж\S*\s+від|не\s+чека(?:є|ють)\s+на`,
  ),
  alone(String.raw`паралельно|незалежн\S*`),
  // Chinese: a denied wait, the object after it ("不用等第 3 组", "6.1 和 6.2 不等第 5 组"; not "不等于", unequal)
  withObject(String.raw`(?:不用|不需要|无需|無需|不必|无须|無須)等待?|不等(?![于於])`),
  // "可与 T042、T043 并行" (can run in parallel with T042, T043): "与", "跟", "同" (with) open the other side,
  // which stands right before the word; between two names ("T002 与 T003 并行") it joins them.
  postposed(
    String.raw`(?<=(?<![A-Za-z0-9]\s*)[与與跟同]\s*(?:[A-Za-z]{0,3}\d[\w.]*[\s、，,及与與~～–-]*)+)(?:可以)?(?:并行|並行|同时进行|同時進行)`,
  ),
  // Simplified and Traditional Chinese ("獨立", "同時進行", "互不依賴" as written in Taiwan)
  alone(
    String.raw`可以并行|可并行|并行|並行|并发|並發|同时进行|同時進行|互不依赖|互不依賴|无依赖|無依賴|不依赖|不依賴|独立|獨立|(?:同时|同時|一起)(?:开始|開始|开工|開工|启动|啟動)`,
  ),
  // Hindi: a denied need read as one phrase, the object before it ("1.1 पर निर्भर नहीं", "5.1 का इंतज़ार
  // नहीं"), "1.1 के साथ-साथ" (alongside 1.1), "एक साथ" (together)
  postposed(HI_PARALLEL_WITH),
  alone(HI_PARALLEL),
  // Bengali, the same grammar: "T004-এর উপর নির্ভর করে না", "T001-এর সঙ্গে", "একসাথে" (together)
  postposed(BN_PARALLEL_WITH),
  alone(BN_PARALLEL),
  // Urdu, Hindi's grammar in Arabic script: "T005 پر منحصر نہیں", "ایک ساتھ", "متوازی"
  postposed(UR_PARALLEL_WITH),
  alone(UR_PARALLEL),
  // Thai: "ไม่ต้องรอ T040" (need not wait for T040), "ไม่ขึ้นกับ US1", "ทำพร้อมกับ T001 ได้", "ทำพร้อมกันได้"
  withObject(TH_PARALLEL_WITH),
  alone(TH_PARALLEL),
  // Swahili "haitegemei" (does not depend on), "sambamba na" (in parallel with)
  withObject(SW_PARALLEL_WITH),
  alone(SW_PARALLEL),
  withObject(LT_PARALLEL_WITH),
  alone(LT_PARALLEL),
  // Turkish: a denied need, the object before it ("T005'e bağlı değil", "T005'i beklemez"), "aynı anda"
  postposed(TR_PARALLEL_WITH),
  alone(TR_PARALLEL),
  // Japanese: a denied need or wait after its object ("T025〜T030 とは無関係": unrelated to T025-T030,
  // "T010 を待たない", "US1 とは独立", "T040 に依存しない": the subject does not depend on T040, which stays
  // free to wait), and words of parallel work with no object
  postposed(
    String.raw`(?:とは|と)\s*(?:無関係|関係(?:が|は)?(?:ない|ありません)|独立(?:している)?)|(?<!互い)に\s*依存(?:しない|していない|しません)|${JA_PARALLEL_WITH}`,
  ),
  alone(String.raw`並列|並行|同時に|依存なし|に依存しない|依存しない|独立`),
  // Korean: "T004 는 T002·T003 과 병렬 가능" (T004 can run in parallel with T002, T003): the particle of
  // company ("과", "와", "하고", "랑") closes the other side, right before the word
  postposed(String.raw`(?<=\d[\w.]*\s*)(?:과|와|하고|이랑|랑)\s*(?:는\s*)?(?:병렬|동시에)`),
  // "T022, T023 하고는 상관 없음", "T031 과는 무관" (has nothing to do with): the same particle, then a
  // word denying any relation
  postposed(String.raw`(?<=\d[\w.]*\s*)(?:과|와|하고|이랑|랑)\s*(?:는\s*)?(?:상관\s*(?:이\s*)?없|무관)`),
  alone(String.raw`병렬|동시에|독립|의존성?\s*없|의존하지\s*않`),
  alone(KO_PARALLEL_WITH),
];
