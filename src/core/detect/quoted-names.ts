// A single word written in backticks or quotes is a name ("the `integration` marker", "the "models" key"),
// not the kind of work it spells. Quoted words with spaces may be the rule itself ("tests before
// implementation" in quotes), and a quoted path or file pattern (`src/services/`, `_test.go`) keeps its
// words: its folders and suffixes are how the ecosystem marks the kind of file.
const QUOTED = /`([^`\n]*)`|"([^"\n]*)"|“([^”\n]*)”/g;
const NOT_A_NAME = /[\s./*\\]/;

/** The text with every quoted name blanked out (same length, so positions stay). */
export function withoutQuotedNames(text: string): string {
  return text.replace(QUOTED, (whole: string, ...groups: Array<string | undefined>) => {
    const inside = groups.slice(0, 3).find((g) => g !== undefined) ?? "";
    return inside === "" || NOT_A_NAME.test(inside) ? whole : " ".repeat(whole.length);
  });
}
