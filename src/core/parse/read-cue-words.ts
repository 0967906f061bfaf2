/**
 * Words in other languages that make a path a source to read, as "see", "per" and "according to" do in
 * English (path-use.ts). Latin and Cyrillic cues stand right before the path; Chinese ones too, without a
 * space; Japanese and Korean ones are postpositions, right after it ("docs/api.md を参照して").
 */
const BEFORE_PATH = new RegExp(
  "(?:^|[\\s(（:：,，;；])(?:" +
    [
      // French
      "voir|selon|d'apr[eè]s|conform[eé]ment\\s+[àa]|en\\s+suivant",
      // Spanish and Portuguese
      "v[ée]ase|seg[uú]n|conforme(?:\\s+(?:a|com))?|de\\s+acuerdo\\s+con|de\\s+acordo\\s+com|segundo",
      // German
      "siehe|gem[äa](?:ß|ss)|laut|entsprechend",
      // Russian
      "согласно|см\\.?|в\\s+соответствии\\s+с|по\\s+образцу",
    ].join("|") +
    ")\\s+(?:(?:le|la|les|l'|el|los|las|o|a|os|as|der|die|das|dem|den)\\s+)?[`\"'(\\[«]?$",
  "iu",
);
const BEFORE_PATH_CJK = /(?:参见|參見|参考|參考|参照|按照|根据|根據|依据|依據|遵循)\s*[`"'「（(]?$/u;
const AFTER_PATH =
  /^[`"')\]」）]?\s*(?:を参照|を参考|に従|に基づ|に沿|를\s*참고|을\s*참고|를\s*참조|을\s*참조|에\s*따라|에\s*맞춰)/u;

/** True when the text right before a path says, in another language, that the path is read. */
export function readCueBefore(before: string): boolean {
  return BEFORE_PATH.test(before) || BEFORE_PATH_CJK.test(before);
}

/** True when the text right after a path says it is read (a Japanese or Korean postposition). */
export function readCueAfter(after: string): boolean {
  return AFTER_PATH.test(after);
}
