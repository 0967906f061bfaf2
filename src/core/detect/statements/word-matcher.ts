// Latin, Greek and Cyrillic words need whole-word matches; Chinese, Japanese and Korean are written without
// spaces, so their words match anywhere. A match may start (or end) inside a run of word characters only
// when its own first (or last) character is not one.
const WORD = /[A-Za-z0-9_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** One match of a word list in a text. */
export interface WordMatch<T> {
  start: number;
  end: number;
  entry: T;
}

/**
 * A word list: one regular expression per entry (case-insensitive), whole words checked afterwards.
 * Where matches overlap, the one starting first wins, and at one start the entry listed first: list
 * longer phrases ("independent of") before the shorter ones they contain ("independent").
 */
export class WordList<T> {
  private readonly compiled: Array<{ re: RegExp; entry: T; script: RegExp | null }>;
  private readonly cache = new Map<string, WordMatch<T>[]>();

  /** Patterns are written in lower case (the text is lowered before matching, one character for one). */
  constructor(entries: readonly T[], patternOf: (entry: T) => string) {
    this.compiled = entries.map((entry) => {
      const pattern = patternOf(entry);
      return { re: new RegExp(pattern, "g"), entry, script: scriptOf(pattern) };
    });
  }

  /** Every match, in text order, none overlapping. */
  findAll(text: string): WordMatch<T>[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const lower = lowerCase(text);
    const found: Array<WordMatch<T> & { rank: number }> = [];
    this.compiled.forEach(({ re, entry, script }, rank) => {
      if (script !== null && !script.test(lower)) return;
      re.lastIndex = 0;
      for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
        const end = m.index + m[0].length;
        if (m[0].length > 0 && wholeWord(text, m.index, end))
          found.push({ start: m.index, end, entry, rank });
        re.lastIndex = m.index + 1;
      }
    });
    found.sort((a, b) => a.start - b.start || a.rank - b.rank);
    const out: WordMatch<T>[] = [];
    let reached = 0;
    for (const m of found) {
      if (m.start < reached) continue;
      out.push({ start: m.start, end: m.end, entry: m.entry });
      reached = m.end;
    }
    // A bounded memo: the same sentence is looked at by several readers.
    if (this.cache.size > 4000) this.cache.clear();
    this.cache.set(text, out);
    return out;
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

/** A word list of plain patterns. */
export function patternList(patterns: readonly string[]): WordList<string> {
  return new WordList(patterns, (p) => p);
}
