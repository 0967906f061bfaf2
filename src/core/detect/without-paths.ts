import { ASIDE_BRACKET } from "../parse/extract-paths.js";
// Paths and file names are read by the file rule; words inside them ("src/T001.txt", "UserEntity.java")
// are not mentions of tasks or code names. A name called as a method ("UsageService.record()") is code;
// "e.g." and "i.e." are words, and so is a name its package qualifies ("usage.Report": no extension is a
// capitalised word).
// Chinese and Japanese write a bracket or a comma right after a path ("router.py（T029 ...", which reads
// "router.py(T029" once normalised): a bracket opening a task ID or CJK words ends the path; one opening a
// route group ("app/(auth)/page.tsx") does not.
const PATH_CHAR = String.raw`(?:(?!${ASIDE_BRACKET})[^\s（【「『，。；：、])`;
const PATH_LIKE = new RegExp(
  String.raw`${PATH_CHAR}*[/\\]${PATH_CHAR}*|(?![([]?(?:e\.g|i\.e)\.)${PATH_CHAR}+\.(?![A-Z][a-z]{3,}\b)[A-Za-z][\w]{0,5}\b(?!\()`,
  "g",
);

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
