import type { RelationWord } from "./relation-word.js";

// The subject waits for the object: "A depends on B", "A after B", "A needs B". Entries that are postpositions
// (the object written before the word, as in Japanese, Korean, and Chinese "X 之后") say so.
const follows = (pattern: string): RelationWord => ({ pattern, direction: "forward", object: "follows" });
const precedes = (pattern: string): RelationWord => ({ pattern, direction: "forward", object: "precedes" });
const time = (word: RelationWord): RelationWord => ({ ...word, temporal: true });

/** Words whose subject comes after their object, in every language maestro reads. */
export const FORWARD_WORDS: readonly RelationWord[] = [
  // English
  follows(
    String.raw`depend(?:s|ing|ent)?(?:\s+(?:only|solely|directly|entirely|mainly|also|strictly))?\s+(?:up)?on`,
  ),
  follows(String.raw`require[sd]?(?!\s+(?:by|for)\b)`),
  follows(String.raw`needs?(?!\s+(?:to|by|for|not)\b)`),
  follows(String.raw`relies\s+on|rely\s+on`),
  time(
    follows(
      String.raw`(?:can|may|must|should|will)?\s*(?:only\s+)?(?:start|begin|run|proceed|go|come)s?\s+(?:only\s+)?after|after`,
    ),
  ),
  follows(String.raw`once`),
  time(follows(String.raw`as\s+soon\s+as`)),
  follows(String.raw`until`),
  time(follows(String.raw`(?:upon|on|after)\s+(?:the\s+)?completion\s+of`)),
  follows(String.raw`waits?\s+(?:for|on)|waiting\s+(?:for|on)`),
  follows(String.raw`blocked\s+(?:by|on|until)`),
  follows(String.raw`unblocked\s+(?:by|after)`),
  follows(String.raw`builds?\s+on(?:\s+top\s+of)?|built\s+on`),
  follows(String.raw`follows|following`),
  // Reusing or extending something needs it to exist first: "US3 reuses US1's reader".
  follows(String.raw`re-?uses?|re-?using|extends`),
  // French
  follows(String.raw`d[eé]pend(?:ent)?\s+(?:de|des|du|d')`),
  // "Le récit 2 s'appuie sur le récit 1": relies on.
  follows(String.raw`s['’]appuie(?:nt)?\s+sur`),
  time(follows(String.raw`apr[eè]s`)),
  follows(
    String.raw`n[eé]cessite(?:nt)?|requiert|requi[eè]rent|attend(?:ent)?|r[eé]utilise(?:nt)?|[eé]tend(?:ent)?`,
  ),
  // Spanish and Portuguese
  follows(String.raw`depende(?:n|m)?\s+(?:de|da|do|das|dos|del)`),
  time(follows(String.raw`despu[eé]s\s+(?:de|del)|depois\s+(?:de|da|do|das|dos)|ap[oó]s|tras`)),
  follows(
    String.raw`requiere(?:n)?|requer(?:em)?|necesita(?:n)?|precisa(?:m)?\s+(?:de|da|do)|reutiliza(?:n|m)?`,
  ),
  // Russian
  follows(String.raw`зависит\s+от|зависят\s+от|требует|требуют`),
  time(follows(String.raw`после`)),
  // Chinese (SVO: object after the verb; "之后/以后/完成后" are postpositions)
  follows(String.raw`依赖于|依賴於|依赖|依賴|取决于|需要`),
  time(precedes(String.raw`之后|之後|以后|以後|完成后|完成後`)),
  // Japanese
  precedes(String.raw`に依存|が必要`),
  time(precedes(String.raw`の後に?|の完了後|完了後|以降`)),
  follows(String.raw`依存(?!なし)`),
  // Korean
  precedes(String.raw`에\s*의존|필요`),
  time(precedes(String.raw`이후|완료\s*후|후에|다음에`)),
  follows(String.raw`의존(?!성?\s*없)`),
];
