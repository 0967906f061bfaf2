/**
 * Words saying that the things named run one after another, in the order they are listed
 * ("T005-T011 sequential", "em sequência", "順番に"). With "can" or "could" they only allow it.
 */
export const SEQUENCE_WORDS: readonly string[] = [
  String.raw`sequential(?:ly)?|in\s+sequence|one\s+(?:at\s+a\s+time|after\s+(?:the\s+)?other|by\s+one)`,
  String.raw`s[eé]quentiel(?:le)?s?(?:ment)?|secuencial(?:es|mente)?|sequenciais|sequencial(?:mente)?|em\s+sequ[eê]ncia`,
  String.raw`последовательно`,
  String.raw`顺序执行|依次|順番に|順次|순차적?으로|순차`,
];

/** Modal words that turn a statement about running sequentially into a permission. */
export const PERMISSION_WORDS: readonly string[] = [
  String.raw`can|could|may|might|pode|podem|puede|pueden|peut|peuvent|можно|可以|できる|수\s*있`,
];
