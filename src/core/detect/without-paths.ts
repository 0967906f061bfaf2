// Paths and file names are read by the file rule; words inside them ("src/T001.txt", "UserEntity.java")
// are not mentions of tasks or code names. A name called as a method ("UsageService.record()") is code.
const PATH_LIKE = /\S*[/\\]\S*|\S+\.[A-Za-z][\w]{0,5}\b(?!\()/g;

/** The text with every path-like word blanked out (lengths and line breaks kept). */
export function withoutPaths(text: string): string {
  return text.replace(PATH_LIKE, (word) => " ".repeat(word.length));
}
