// Paths and file names are read by the file rule; words inside them ("src/T001.txt", "UserEntity.java")
// are not mentions of tasks or code names. A name called as a method ("UsageService.record()") is code;
// "e.g." and "i.e." are words, and so is a name its package qualifies ("usage.Report": no extension is a
// capitalised word).
const PATH_LIKE = /\S*[/\\]\S*|(?![([]?(?:e\.g|i\.e)\.)\S+\.(?![A-Z][a-z]{3,}\b)[A-Za-z][\w]{0,5}\b(?!\()/g;

/**
 * The text with every path-like word blanked out (lengths and line breaks kept). The punctuation that
 * ends the word stays: "from `@acme/contracts`; stub ..." still ends its clause at the semicolon.
 */
export function withoutPaths(text: string): string {
  return text.replace(PATH_LIKE, (word) => {
    const trail = /[;,:.!?]+$/.exec(word)?.[0] ?? "";
    return " ".repeat(word.length - trail.length) + trail;
  });
}
