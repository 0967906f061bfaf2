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
      // Ukrainian, Italian, Dutch, Polish, Czech, Swedish, Danish and Norwegian
      "згідно\\s+з|відповідно\\s+до|див\\.?|secondo|come\\s+da|in\\s+base\\s+a|vedi|conformemente\\s+a|volgens|zie",
      "zgodnie\\s+z|wed[łl]ug|patrz|zob\\.?|podle|dle|viz|enligt|if[øo]lge|jf\\.?",
      // Indonesian and Malay, Vietnamese, Romanian, Greek
      "sesuai(?:\\s+dengan)?|menurut|berdasarkan|lihat|theo|xem|conform|potrivit|vezi|σύμφωνα\\s+με|β[άα]σει|βλ\\.?",
      // An instrument ("using"): Vietnamese, Spanish, Portuguese, Italian, French, German, Russian, Polish
      "bằng|(?:sử\\s+)?dùng|usando|utilizando|mediante|por\\s+meio\\s+de|tramite|en\\s+utilisant|au\\s+moyen\\s+de|mithilfe(?:\\s+von)?|mit\\s+hilfe\\s+von|unter\\s+verwendung\\s+von|используя|с\\s+помощью|za\\s+pomocą|używając",
    ].join("|") +
    ")\\s+(?:(?:le|la|les|l'|el|los|las|o|a|os|as|der|die|das|dem|den)\\s+)?[`\"'(\\[«]?$",
  "iu",
);
const BEFORE_PATH_CJK = /(?:参见|參見|参考|參考|参照|按照|根据|根據|依据|依據|遵循)\s*[`"'「（(]?$/u;
// Japanese "を goose で適用" (applies with goose), "を使って" (using it), "から ... を生成" (generates ... from it) use
// the path as a source, as "を参照" (see) does.
// Hungarian "a docs/api.md szerint" (according to), Finnish "docs/api.md:n mukaisesti", Turkish
// "docs/api.md'ye göre" are postpositions too. A section sign after a path cites a part of a document
// ("design.md §Errors", "spec.md § 3.2"): it is read.
const AFTER_PATH =
  /^[`"')\]」）]?\s*(?:§\s*[\p{L}\p{N}]|を参照|を参考|に従|に基づ|に沿|を(?:\s*[\p{L}\p{N}_-]+\s*で)?\s*(?:適用|実行|読み込|読ん|読む|使って|使う|使用)|から\s*(?:[^\s、。]{0,40}?\s*を\s*)?(?:生成|読み込|読む|取得)|를\s*참고|을\s*참고|를\s*참조|을\s*참조|에\s*따라|에\s*맞춰|szerint(?![\p{L}])|(?::n\s+)?mukaise(?:sti|n)(?![\p{L}])|['’]?\p{L}{0,3}\s*g[öo]re(?![\p{L}]))/u;
// "X (read-only)" in other languages: a parenthesis after the path opening with "read only", "do not
// change", "unchanged" ("(chỉ dùng, không sửa)", "(nur lesen)", "(ne pas modifier)", "(只读)"), at most
// two words of the path's own description between ("có sẵn (chỉ dùng, không sửa)": existing, only used).
const READ_ONLY_AFTER = new RegExp(
  "^[`\"'\\]]?\\s*(?:\\p{L}+\\s+){0,2}?[(（]\\s*(?:" +
    [
      "chỉ\\s+(?:dùng|đọc)|không\\s+(?:sửa|chỉnh\\s+sửa|thay\\s+đổi)",
      "nur\\s+les(?:en|end)|unver[äa]ndert|nicht\\s+(?:[äa]ndern|bearbeiten)",
      "(?:en\\s+)?lecture\\s+seule|ne\\s+pas\\s+(?:modifier|toucher)|inchang[ée]e?",
      "(?:de\\s+)?s[oó]lo\\s+lectura|no\\s+modificar|sin\\s+(?:modificar|cambios)",
      "(?:somente|apenas|s[óo])\\s+leitura|n[ãa]o\\s+(?:alterar|modificar|mexer)|sem\\s+(?:alterar|altera[çc][õo]es)",
      "sola\\s+lettura|non\\s+modificare|alleen\\s+lezen|niet\\s+wijzigen",
      "tylko\\s+do\\s+odczytu|bez\\s+zmian|nie\\s+(?:modyfikowa[ćc]|zmienia[ćc])|jen\\s+ke\\s+[čc]ten[íi]|pouze\\s+pro\\s+[čc]ten[íi]|nem[ěe]nit",
      "только\\s+(?:для\\s+)?чтени[ея]|не\\s+(?:изменять|менять|редактировать)|без\\s+изменений|лише\\s+читання|не\\s+змінювати",
      "hanya\\s+dibaca|(?:tidak|jangan)\\s+diubah|salt\\s+okunur|de[ğg]i[şs]tirmeden",
      "只读|仅读取|不修改|不要修改|読み取り専用|参照のみ|変更しない|읽기\\s*전용|수정하지\\s*않",
    ].join("|") +
    ")",
  "iu",
);

/** True when the text right before a path says, in another language, that the path is read. */
export function readCueBefore(before: string): boolean {
  return BEFORE_PATH.test(before) || BEFORE_PATH_CJK.test(before);
}

/** True when the text right after a path says it is read (a Japanese or Korean postposition, a note). */
export function readCueAfter(after: string): boolean {
  return AFTER_PATH.test(after) || READ_ONLY_AFTER.test(after);
}
