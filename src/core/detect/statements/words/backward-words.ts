import { TL_BACKWARD } from "./tagalog-words.js";
import { BG_BACKWARD } from "./bulgarian-words.js";
import { HR_BACKWARD } from "./croatian-words.js";
import { CA_BACKWARD } from "./catalan-words.js";
import { HE_BEFORE, HE_BLOCKS } from "./hebrew-words.js";
import { FA_BEFORE, FA_BLOCKS } from "./persian-words.js";
import { HI_BACKWARD } from "./hindi-words.js";
import { TH_BACKWARD } from "./thai-words.js";
import { SW_BACKWARD } from "./swahili-words.js";
import { LT_BACKWARD } from "./lithuanian-words.js";
import { TR_BACKWARD } from "./turkish-words.js";
import { KO_BACKWARD } from "./korean-words.js";
import { JA_BACKWARD } from "./japanese-words.js";
import { UR_BACKWARD } from "./urdu-words.js";
import { BN_BACKWARD } from "./bengali-words.js";
import { AR_BEFORE, AR_BLOCKS } from "./arabic-words.js";
import { foldText as vi } from "../fold-text.js";
import { NOT_LISTING } from "./forward-words.js";
import { time, wordsOf, type RelationWord } from "./relation-word.js";
import { FLOW_BACKWARD } from "./flow-words.js";

// The subject goes first: "A blocks B", "A before B", "A is a prerequisite for B".
const { follows, precedes } = wordsOf("backward");

/** Words whose subject comes before their object, in every language maestro reads. */
export const BACKWARD_WORDS: readonly RelationWord[] = [
  // English
  time(follows(String.raw`${NOT_LISTING}before`)),
  // A plural subject takes the bare verb: "T005 and T006 block every story". The bare "enable" and "gate"
  // are as often names ("the enable/disable toggle", "a 401-gate test"), so only their -s forms relate;
  // "block" is a noun after a determiner or before "of" ("the code block of T001").
  follows(
    String.raw`block(?:s|ing)|(?<!\b(?:the|a|an|this|that|its|their|each|every|code)\s+)block(?!\s+of\b)`,
  ),
  follows(String.raw`unblock(?:s|ing)?|enables`),
  // "unblocks" in Spanish, Portuguese, French and Italian (folded): "T023 desbloquea T033", "débloque".
  follows(String.raw`desbloque(?:a|an|ia|iam)|debloque(?:nt)?|sblocca(?:no)?`),
  follows(String.raw`precede(?:s)?|preceding|(?:is\s+|are\s+)?followed\s+by`),
  follows(String.raw`gates|gating`),
  follows(String.raw`(?:is\s+|are\s+|as\s+)?(?:a\s+)?prereq(?:uisite)?s?\s+(?:for|of|to)`),
  // Not "the dependency of T027 on T029", whose "on" relates (flow-words.ts).
  follows(String.raw`(?:is\s+|are\s+)?(?:a\s+)?dependency\s+(?:for|of)(?!\s+[^\s,;:.]+\s+on\b)`),
  follows(String.raw`required\s+(?:by|for)|needed\s+(?:by|for)`),
  ...FLOW_BACKWARD,
  // French
  time(follows(String.raw`avant(?:\s+(?:de|que|les?|la))?`)),
  follows(String.raw`bloque(?:nt)?|pr[eé]c[eè]de(?:nt)?`),
  // Spanish and Portuguese
  time(follows(String.raw`antes\s+(?:de|da|do|das|dos|del)`)),
  // ... and the Portuguese "trava" (locks: "O Marco 1 trava os Marcos 2 e 3")
  follows(
    String.raw`bloquea(?:n)?|bloqueia(?:m)?|precede(?:m|n)?|trava(?:m)?(?!\s+(?:em|no|na|de|do|da|otimista|pessimista)\b)`,
  ),
  ...CA_BACKWARD,
  ...HR_BACKWARD,
  ...BG_BACKWARD,
  ...TL_BACKWARD,
  // German ("bevor": before, opening a clause: "muss fertig sein, bevor T050 beginnt")
  time(follows(String.raw`vor|bevor`)),
  // "T022 wird durch T015 blockiert" is passive: read by the forward "wird durch", not as "blockiert".
  follows(
    String.raw`(?<!(?:wird|werden)\s+(?:durch|von)\s+[^.;:]{1,60})blockier(?:t|en)|(?:ist\s+|sind\s+)?(?:eine\s+)?voraussetzung\s+f[üu]r`,
  ),
  // Italian, Dutch, Polish
  time(follows(String.raw`prima\s+(?:di|del|della|dei|delle|dello|che)|voordat|przed`)),
  follows(String.raw`blocca(?:no)?|precede(?:ono)?|blokkeer(?:t|en)|blokuj(?:e|[aą])`),
  // Dutch "vóór" loses its accent when folded, and plain "voor" is "for": "T025 moet vóór T024 klaar zijn".
  time(follows(String.raw`(?:moet|moeten)\s+voor`)),
  // Swedish: "innan", "före" (folded "fore"), "blockerar", "krävs av" (is required by)
  time(follows(String.raw`innan|fore`)),
  follows(String.raw`blockerar|kravs\s+av|behovs\s+av`),
  // Czech and Slovak, folded: "před" (before), "blokuje" (blocks), "je předpokladem pro" (is a prerequisite for)
  time(follows(String.raw`pred(?:tim,?\s+nez)?`)),
  follows(String.raw`blokuj(?:e|i)|(?:je\s+|jsou\s+)?predpoklad(?:em)?\s+pro|(?:je|jsou)\s+potreba\s+pro`),
  // Romanian, folded: "înainte de/ca" (before), "blochează" (blocks), "e o condiție pentru" (is a
  // prerequisite for)
  time(follows(String.raw`inainte\s+(?:de|ca)|inaintea`)),
  follows(
    String.raw`blocheaza|(?:este\s+|e\s+|sunt\s+)?(?:o\s+)?(?:condi[țţ]ie|precondi[țţ]ie)\s+(?:prealabila\s+)?pentru|(?:este\s+|e\s+)?necesar[aei]?\s+pentru`,
  ),
  // Danish and Norwegian: "før" (before; ø stays when folded, so the English "for" is not it), "inden"
  // (before; not "inden for": within), "blokerer", "er en forudsætning for"
  time(follows(String.raw`før|inden(?!\s+for\b)`)),
  follows(
    String.raw`blokk?erer|(?:er\s+)?(?:en\s+)?foruds[æe]tning\s+for|(?:er\s+)?(?:en\s+)?forutsetning\s+for`,
  ),
  // Greek: "πριν (από)" (before), "μπλοκάρει" (blocks), "προηγείται" (precedes)
  time(follows(String.raw`πρ[ιί]ν(?:\s+απ[όο])?`)),
  // Arabic: "قبل" (before), "يحجب" (blocks), "يمنع" (prevents), "يسبق" (precedes)
  time(follows(AR_BEFORE)),
  follows(AR_BLOCKS),
  // Hebrew: "לפני" (before), "חוסם (את)" (blocks), "קודם ל-" (precedes)
  time(follows(HE_BEFORE)),
  follows(HE_BLOCKS),
  // Persian: "پیش از", "قبل از" (before), "X را مسدود می‌کند" (blocks X, the object first)
  time(follows(FA_BEFORE)),
  precedes(FA_BLOCKS),
  follows(String.raw`μπλοκ[άα]ρ(?:ει|ουν)|προηγε[ίι](?:ται|νται)`),
  // Hindi, Thai, Turkish and Urdu (hindi-words.ts, thai-words.ts, turkish-words.ts, urdu-words.ts)
  ...HI_BACKWARD,
  ...TH_BACKWARD,
  ...SW_BACKWARD,
  ...LT_BACKWARD,
  ...TR_BACKWARD,
  ...UR_BACKWARD,
  ...BN_BACKWARD,
  // Korean "4.1보다 먼저" (earlier than 4.1), "X 전에" (before X)
  ...KO_BACKWARD,
  // Hungarian, folded: "X előtt" (before X), a postposition
  time(precedes(String.raw`elott`)),
  // Finnish, folded: "ennen T020:tä", "ennen kuin" (before), "estää" (blocks), "edeltää" (precedes), "on
  // edellytys X:lle" (is a prerequisite for)
  time(follows(String.raw`ennen(?:\s+kuin)?`)),
  follows(String.raw`estaa|edeltaa|on\s+edellytys`),
  // Indonesian and Malay ("dipakai oleh": used by)
  time(follows(String.raw`sebelum`)),
  follows(
    String.raw`memblokir|(?:di(?:pakai|gunakan|butuhkan|perlukan))\s+oleh|menjadi\s+prasyarat\s+(?:bagi|untuk)`,
  ),
  // Vietnamese ("chặn": blocks; "trước khi": before)
  follows(vi(String.raw`chặn`)),
  time(follows(vi(String.raw`trước\s+khi|trước`))),
  // Russian
  // "должна быть готова раньше T041" (ready earlier than T041), "прежде", Ukrainian "раніше"
  time(follows(String.raw`перед|до|раньше|ранее|прежде(?:\s+чем)?|раніше`)),
  follows(String.raw`блокирует|блокируют`),
  // Ukrainian ("блокує": blocks; "потрібне для": needed by)
  follows(String.raw`блоку(?:є|ють)|потрібн(?:е|а|ий|і)\s+для`),
  // Chinese
  // "阻擋", "擋住" (blocks) as written in Traditional Chinese, "阻挡", "挡住" in Simplified
  follows(String.raw`阻塞|阻擋|阻挡|擋住|挡住|先于|先於`),
  // "T031 必須比 T030 先完成": A finishes before B (a comparative, "比 B 先", with its object in between)
  follows(String.raw`比(?=[^，。；,;]{1,20}?(?:先|更早|早於|早于))`),
  time(precedes(String.raw`之前|以前`)),
  // Japanese (japanese-words.ts)
  ...JA_BACKWARD,
  // Korean
  time(precedes(String.raw`이전에|전에`)),
  precedes(String.raw`블로킹|차단`),
];
