/**
 * Marks that chain what is written on their two sides, left first: arrows ("A → B → C", "A -> B",
 * "A ==> B", "A ──► B") and "then" words. An arrow followed by a relation word ("T016 → after T014") is
 * read as a colon instead.
 */
export const CHAIN_WORDS: readonly string[] = [
  String.raw`[─━═-]*(?:→|⟶|⇒|➜|➔|➝|►|▶|▸)|-{1,3}>|={1,3}>`,
  String.raw`then|followed\s+by|and\s+then`,
  String.raw`puis|ensuite|luego|depois|em\s+seguida|затем|потом`,
  String.raw`然后|その後|그\s*다음`,
];
