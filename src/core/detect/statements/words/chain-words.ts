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
  // German, Dutch, Italian, Polish, Swedish, Indonesian: "zuerst T020, danach T021".
  String.raw`danach|anschlie(?:ß|ss)end|daarna|poi|nast[eę]pnie|d[aä]refter|kemudian|lalu`,
  String.raw`然后|その後|그\s*다음`,
  // Bengali "তারপর", "এরপর" (then)
  String.raw`তারপর(?:ে)?|এরপর(?:ে)?`,
  FA_THEN,
];
