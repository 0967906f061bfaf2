// A sentence that reports what the list said before ("In the intro I wrote that US4 waits for US3", "azt
// írtam, hogy ...", "am scris că ...", "j'ai écrit que ...") asserts nothing itself; when it, or the
// sentence after it, calls that wrong ("That is not true", "Ez így nem igaz", "Nu e adevărat", "n'est pas
// vrai", "stimmt nicht"), the relation it reports is taken back. Matched on folded text.
const REPORTED = new RegExp(
  [
    String.raw`\b(?:i|we)\s+(?:wrote|said|stated|claimed|put)(?:\s+(?:above|earlier|before|there))?,?\s+that\b`,
    String.raw`\b(?:says|said|states|stated|claims|claimed)\s+that\b`,
    String.raw`\b(?:azt\s+)?irt(?:am|uk),?\s+hogy\b|\bam\s+scris\s+c[aă]\b|\bescrib[ií](?:mos)?\s+que\b`,
    String.raw`\bj['’]ai\s+(?:ecrit|dit|mis)\s+que\b|\b(?:habe\s+ich|ich\s+habe|haben\s+wir)\s+geschrieben,?\s+dass\b|\bescrevi(?:mos)?\s+que\b`,
  ].join("|"),
  "iu",
);

const FALSE = new RegExp(
  [
    String.raw`\b(?:that|this|it)(?:['’]s|\s+(?:is|was))\s+(?:wrong|incorrect|outdated|stale|a\s+mistake|not\s+(?:true|right|correct|the\s+case)|no\s+longer\s+(?:true|the\s+case))\b`,
    String.raw`\bnem\s+igaz\b|\bteves\b|\bnu\s+(?:e|este)\s+adevarat\b|\bgre[șş]it\b|\bno\s+es\s+(?:cierto|verdad|correcto)\b`,
    String.raw`\bn['’]est\s+pas\s+(?:vrai|juste|exact)\b|\bc['’]est\s+faux\b|\bstimmt\s+nicht\b|\b(?:ist|war)\s+falsch\b|\bn[aã]o\s+[eé]\s+verdade\b`,
  ].join("|"),
  "iu",
);

/**
 * True when a (folded) sentence reports what was written and it, or the sentence after it, calls that
 * wrong: its relations are taken back.
 */
export function takesBackReported(folded: string, next: string): boolean {
  const reported = REPORTED.exec(folded);
  if (reported === null) return false;
  return FALSE.test(folded.slice(reported.index + reported[0].length)) || FALSE.test(next);
}
