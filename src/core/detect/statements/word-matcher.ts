// Latin (Vietnamese letters included), Greek, Cyrillic, Hebrew letters, Devanagari and Bengali (Hindi and
// Bengali write spaces)
// and Arabic words (letters and vowel marks; not the maqaf, the Arabic comma, semicolon or digits) need
// whole-word matches; Chinese, Japanese, Korean and Thai are written without spaces between words, so
// their words match anywhere. A match may start (or end) inside a run of word characters only
// when its own first (or last) character is not one.
// Devanagari opens the class: its first code point is a combining sign, which must not follow a letter there
// (Bengali's block opens the same way). The danda "।" and double danda "॥" end sentences in both scripts.
const WORD_CLASS = String.raw`[\u0900-\u0963\u0966-\u097F\u0980-\u09FFA-Za-z0-9_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u05D0-\u05EA\u0620-\u065F\u066E-\u06D3\u06D5-\u06FF\u1E00-\u1EFF]`;
const WORD = new RegExp(WORD_CLASS);
// Ends each entry's match where a word may end, so that an alternative cut short ("do" in "de|do|dos"
// before "dos modelos") gives way to a longer one instead of failing the whole-word check.
const WORD_END = `(?:(?<=${WORD_CLASS})(?!${WORD_CLASS})|(?<!${WORD_CLASS}))`;

/** One match of a word list in a text. */
export interface WordMatch<T> {
  start: number;
  end: number;
  entry: T;
}

/**
 * A word list matched case-insensitively, whole words checked afterwards. Where matches overlap, the one
 * starting first wins, and at one start the entry listed first: list longer phrases ("independent of")
 * before the shorter ones they contain ("independent").
 */
export class WordList<T> {
  /** Per entry: `find` looks for where it may start, `at` decides there (in list order, whole words). */
  private readonly compiled: Array<{ at: RegExp; find: RegExp; entry: T; script: RegExp | null }>;
  private readonly cache = new Map<string, WordMatch<T>[]>();

  /** Patterns are written in lower case (the text is lowered before matching, one character for one). */
  constructor(entries: readonly T[], patternOf: (entry: T) => string) {
    this.compiled = entries.map((entry) => {
      const pattern = patternOf(entry);
      return {
        at: new RegExp(`(?:${pattern})${WORD_END}`, "y"),
        find: new RegExp(pattern, "g"),
        entry,
        script: scriptOf(pattern),
      };
    });
  }

  /** Every match, in text order, none overlapping. */
  findAll(text: string): WordMatch<T>[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const lower = lowerCase(text);
    const out: WordMatch<T>[] = [];
    let from = 0;
    for (const start of this.starts(lower)) {
      if (start < from) continue;
      const found = this.bestAt(lower, start);
      if (!found) continue;
      out.push(found);
      from = found.end;
    }
    // A bounded memo: the same sentence is looked at by several readers.
    if (this.cache.size > 4000) this.cache.clear();
    this.cache.set(text, out);
    return out;
  }

  /**
   * Every position where some entry matches, in order. Each entry looks on its own: one alternation of
   * hundreds of entries makes the regex engine try each of them at every character (thirty times slower
   * on the task lists measured), where one entry at a time lets it skip ahead to its own first letters.
   */
  private starts(lower: string): number[] {
    const starts = new Set<number>();
    for (const { find, script } of this.compiled) {
      if (script !== null && !script.test(lower)) continue;
      find.lastIndex = 0;
      for (let m = find.exec(lower); m !== null; m = find.exec(lower)) {
        starts.add(m.index);
        find.lastIndex = m.index + 1;
      }
    }
    return [...starts].sort((a, b) => a - b);
  }

  /** The first entry (in list order) matching a whole word at a position, or null. */
  private bestAt(lower: string, start: number): WordMatch<T> | null {
    for (const { at, entry, script } of this.compiled) {
      if (script !== null && !script.test(lower)) continue;
      at.lastIndex = start;
      const m = at.exec(lower);
      if (m === null || m[0].length === 0) continue;
      const end = start + m[0].length;
      if (wholeWord(lower, start, end)) return { start, end, entry };
    }
    return null;
  }

  /** True when some entry occurs in the text. */
  test(text: string): boolean {
    return this.findAll(text).length > 0;
  }

  /** The first match in text order, or null. */
  first(text: string): WordMatch<T> | null {
    return this.findAll(text)[0] ?? null;
  }
}

// Patterns written only in one of these scripts are skipped on text without it (most text is Latin).
const SCRIPTS = [/[\u3040-\u30ff\u3400-\u9fff]/, /[\uac00-\ud7af\u1100-\u11ff]/, /[\u0400-\u04ff]/];

function scriptOf(pattern: string): RegExp | null {
  if (/[a-z]/.test(pattern.replace(/\\./g, ""))) return null;
  const found = SCRIPTS.filter((s) => s.test(pattern));
  return found.length === 1 ? (found[0] as RegExp) : null;
}

/** Lower case, one character for one, so positions stay those of the original. */
function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

function wholeWord(text: string, start: number, end: number): boolean {
  const word = (i: number): boolean => i >= 0 && i < text.length && WORD.test(text[i] as string);
  if (word(start) && word(start - 1)) return false;
  return !(word(end - 1) && word(end));
}

/** One alternation of the patterns, each kept whole: `(?:a)|(?:b)`. */
export function anyOf(patterns: readonly string[]): string {
  return patterns.map((w) => `(?:${w})`).join("|");
}

/** A word list of plain patterns. */
export function patternList(patterns: readonly string[]): WordList<string> {
  return new WordList(patterns, (p) => p);
}
