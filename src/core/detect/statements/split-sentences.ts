/** A sentence of a statement: its text and where it starts in the statement. */
export interface Sentence {
  text: string;
  offset: number;
}

// Sentence ends: a stop followed by space, a semicolon, or a spaced dash ("Depends on Setup - BLOCKS all
// user stories"), outside parentheses. A spaced dash between two IDs or numbers is a range ("T001 -
// T005"), not a break.
// Greek writes its semicolon as a raised dot ("·", U+0387, or U+00B7 as typed) before a space; Arabic and
// Persian write "؛" (semicolon) and "؟" (question mark), Urdu "۔" (full stop), Hindi "।" (full stop).
const BREAK = /(?<=[.!?])\s+(?=\S)|[。！？；।॥]|[;؛]\s*|[؟۔]\s*|[·\u0387]\s+|\s[-–—]{1,2}\s/g;

const EXCEPTIONS_BEFORE =
  /^\s*(?:(?:the|its|one|only)\s+)*(?:exceptions?|i[sš]imt(?:is|ys)|ausnahmen?|excep(?:tion|ci[oó]n|ciones|ção|ções)s?|eccezion[ei]|uitzondering(?:en)?)\s*$/iu;

/** Splits a statement into sentences. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    if (/^\s[-–—]/.test(m[0]) && isRange(text, m.index, m.index + m[0].length)) continue;
    // "Exceptions — T036 and T040", Lithuanian "Išimtys — T036 ir T040": a dash after the word for the
    // exceptions stands for "are", and the tasks after it are the sentence's.
    if (/^\s[-–—]/.test(m[0]) && EXCEPTIONS_BEFORE.test(text.slice(start, m.index))) continue;
    // Abbreviations end no sentence: "e.g.", "i.e.", "etc.", "vs.", "cf.", Indonesian "s.d." (up to).
    if (m[0].trim() === "." || /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf|\bs\.d)\.$/i.test(text.slice(0, m.index)))
      continue;
    if (insideParenthesis(text, m.index)) continue;
    // "a 2. fázis után": a stop after a number and before a lower-case word is an ordinal's (Hungarian);
    // a task's ID ("... duplicating BIL-230. `<Chart>` takes ...") is no ordinal.
    if (
      /(?<![\p{L}\p{N}_-])\d+\.$/u.test(text.slice(0, m.index)) &&
      /^\p{Ll}/u.test(text.slice(m.index + m[0].length))
    )
      continue;
    push(out, text, start, m.index + (/^[。！？；;·\u0387।॥]/.test(m[0]) ? 1 : 0));
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

/** A parenthesis is one aside: a stop or a semicolon inside one that closes later ends no sentence. */
function insideParenthesis(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (let i = at; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return true;
  }
  return false;
}

function isRange(text: string, from: number, to: number): boolean {
  return /(?:T\d{3,}\w*|US\d+|\d)$/.test(text.slice(0, from)) && /^(?:T\d|US\d|\d)/.test(text.slice(to));
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed.length > 0) out.push({ text: trimmed, offset: from + lead });
}
