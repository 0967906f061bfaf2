import { FA_THEN } from "./persian-words.js";

/**
 * Marks that chain what is written on their two sides, left first: arrows ("A → B → C", "A -> B",
 * "A ==> B", "A ──► B") and "then" words. An arrow followed by a relation word ("T016 → after T014") is
 * read as a colon instead.
 */
export const CHAIN_WORDS: readonly string[] = [
  String.raw`[─━═-]*(?:→|⟶|⇒|➜|➔|➝|►|▶|▸)|-{1,3}>|={1,3}>`,
  // "T043, then T044 and finally T045": "finally" and "lastly" go on with the sequence.
  String.raw`then|followed\s+by|and\s+then|(?:and\s+)?(?:finally|lastly)`,
  String.raw`puis|ensuite|luego|depois|em\s+seguida|затем|потом`,
  // Bulgarian "после" after a comma is "then" ("T057–T062 заедно, после T063"), as is "след това"; the
  // Russian preposition "после T063" (after T063) opens no such clause.
  String.raw`(?<=[,;]\s*)после|след\s+това`,
  // German, Dutch, Italian, Polish, Swedish, Indonesian: "zuerst T020, danach T021"; Polish, Czech and
  // Slovak "najpierw T005, potem T006", Ukrainian "потім".
  String.raw`danach|anschlie(?:ß|ss)end|daarna|poi|nast[eę]pnie|potem|potom|потім|d[aä]refter|kemudian|lalu`,
  String.raw`然后|その後|그\s*다음`,
  // Bengali "তারপর", "এরপর" (then)
  String.raw`তারপর(?:ে)?|এরপর(?:ে)?`,
  FA_THEN,
];

/**
 * Words that say the names of one step of a sequence go together: "T001 and T002 together, then T004",
 * "T010–T012 in parallel, followed by T013". Inside a sequence a step so named runs its members side by
 * side; elsewhere "together" says nothing of time (things merged together are one change).
 */
export const STEP_TOGETHER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:can|will|should|may)\s+)?(?:(?:all\s+)?(?:run|go|start|begin|be\s+(?:done|built))\s+)?` +
    String.raw`(?:all\s+)?(?:together|at\s+once|at\s+the\s+same\s+time|side\s+by\s+side|simultaneously|concurrently|in\s+parallel|` +
    // Romance and Germanic
    String.raw`junt[oa]s|junts|ensemble|insieme|en\s+paralelo|em\s+paralelo|en\s+parallele|in\s+parallelo|zusammen|gleichzeitig|parallel|samen|tegelijk(?:ertijd)?|sammen|samtidig|tillsammans|samtidigt|` +
    // Slavic, Baltic-Finnic, Hungarian, Greek, Turkish, Malay/Indonesian, Vietnamese, Tagalog, Swahili
    String.raw`razem|r[oó]wnolegle|spolu|paralelne|zajedno|paralelno|заедно|паралелно|вместе|параллельно|одновременно|разом|yhdessa|rinnakkain|egyutt|parhuzamosan|impreuna|în\s+paralel|in\s+paralel|μαζι|μαζί|birlikte|paralel|bersama(?:-sama)?|secara\s+paralel|cung\s+luc|song\s+song|sabay|pamoja|` +
    // Arabic, Hebrew, Persian, Hindi
    String.raw`معًا|معا|بالتوازي|יחד|במקביל|با\s+هم|هم‌زمان|साथ\s+में|एक\s+साथ)(?![\p{L}])|` +
    // Chinese, Japanese, Korean, Thai: no spaces around words; a particle may come first ("を一緒に")
    String.raw`(?:を|は|も|을|를|은|는)?\s*(?:一起|同时|同時|並行して|并行|一緒に|함께|동시에|병렬로|พร้อมกัน)`,
  "iu",
);

// A noun of a product's flow, with its article and adjectives, right before an arrow chain: "the whole flow",
// "the end-to-end journey", "celý tok", "der gesamte Ablauf", "el flujo completo de", "le parcours", "整个流程".
export const FLOW_NOUN = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:flow|journey|user\s+path|happy\s+path|scenario|tok|pr[ůu]chod|ablauf|fluss|flujo|fluxo|flusso|parcours|przep[łl]yw|поток|сценарий|流程|フロー|흐름|lu[ồo]ng)(?:\s+(?:of|from|de|del|do|da|von|z))?[\s:]*$`,
  "iu",
);

// A verb saying the flow is checked or works, right after the chain's last step: "passes", "works end to
// end", "is tested", "projde", "funguje", "funktioniert", "funciona", "fonctionne", "działa", "работает",
// "通过", "動作する", "동작".
export const FLOW_CHECKED = new RegExp(
  String.raw`^[\s)]*(?:(?:must|should|has\s+to|needs\s+to|can|will)\s+)?(?:pass(?:es)?|works?|succeeds?|runs?\s+end[\s-]+to[\s-]+end|(?:is|are|gets?)\s+(?:tested|verified|checked|covered|exercised|demoed)|projde|funguje|funktioniert|l[äa]uft\s+durch|funciona|fonctionne|passe|dzia[łl]a|работает|проходит|通过|動作|동작|통과)(?![\p{L}])`,
  "iu",
);
