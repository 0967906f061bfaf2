/**
 * The harness's own check for edges read from sentences that bind nothing: a sentence that offers an
 * alternative or a suggestion, or any sentence under a heading about implementation, team, MVP or
 * incremental strategy. Independent of src/core.
 */

/**
 * Words that make a sentence an alternative or a suggestion rather than a rule. Staffing counts when it is
 * a condition ("with one developer", "done by one developer"), not when it says who takes which task ("One
 * developer handles T008 while another converts T009 once T007 completes" still states when T009 starts).
 */
export const NON_BINDING_WORDS =
  /\bor\b|\boptional(?:ly)?\b|\bcould\b|\bmay\b(?!\s+not\b)|\bmight\b|\be\.g\.|\bfor example\b|\brecommended\b|\bif staffed\b|\b(?:with|by|for)\s+(?:only\s+)?(?:one|a single|a)\s+developer\b|\bsingle developer\b/i;

/** Headings of sections that describe a way of working, not dependencies. */
export const STRATEGY_HEADING =
  /strateg|\bmvp\b|incremental|parallel team|team (?:strategy|capacity)|multiple developers|single developer|staffing|\bsolo\b|working alone/i;

const PHASE_HEADING = /^(?:\W*)(?:phase|fase|этап|stage|step|user story|story|us\d)/i;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/;

/** Why the sentence on `line` (1-based) binds nothing, or null when it may bind. `quote`: the words the edge cites. */
export function nonBindingReason(
  lines: readonly string[],
  line: number,
  quote: string | null,
): string | null {
  const text = lines[line - 1];
  if (text === undefined) return null;
  // A dependencies section named "Dependencies & Execution Strategy" is still the dependencies section.
  // A phase heading marked "🎯 MVP" is a phase, not a strategy section; the document's title ("Tasks:
  // MealMate MVP") is no section either.
  const heading = enclosingHeadings(lines, line, 2).find(
    (h) => STRATEGY_HEADING.test(h) && !/dependenc/i.test(h) && !PHASE_HEADING.test(h),
  );
  if (heading !== undefined) return `under the heading "${heading}"`;
  const candidates = sentencesOf(text);
  const words = quote?.replace(/(\.\.\.|…)$/, "") ?? null;
  // The reader quotes prose without its emphasis and code marks ("**US1** → after Foundational").
  const plain = (s: string): string => s.replace(/\*\*|__|`/g, "");
  const cited = words
    ? candidates.filter((s) => plain(s).includes(words) || words.includes(plain(s).trim()))
    : [];
  for (const sentence of cited.length > 0 ? cited : candidates) {
    const word = NON_BINDING_WORDS.exec(withoutListsAndReasons(sentence));
    if (word) return `"${word[0]}" in "${sentence.trim()}"`;
  }
  return null;
}

// "groups 2, 3 or 4", "T012 or T013": an "or" inside a list of numbers names them all ("no sub-task of groups
// 2, 3 or 4 starts before ..." binds each); a reason given after the statement (", because they read the
// client or the schemas") says why, not what to do.
const LIST_OR =
  /\b((?:tasks?|groups?|sections?|phases?|stages?|stor(?:y|ies)|US|T)\s*\d+(?:\.\d+)*(?:\s*,\s*(?:US|T)?\d+(?:\.\d+)*)*)\s*,?\s*or\s+((?:US|T)?\d)/gi;
const REASON_TAIL = /,\s*(?:because|since)\s[^;]*$/i;

function withoutListsAndReasons(sentence: string): string {
  return sentence.replace(REASON_TAIL, "").replace(LIST_OR, "$1 and $2");
}

/** The headings above a line, innermost first (only the ones that enclose it, of level `minLevel` or deeper). */
export function enclosingHeadings(lines: readonly string[], line: number, minLevel = 1): string[] {
  const out: string[] = [];
  let level = 7;
  let fence = false;
  const own = HEADING.exec(lines[line - 1] ?? "");
  if (own) level = (own[1] ?? "#").length;
  const starts: boolean[] = [];
  for (let i = 0; i < line - 1; i++) {
    if (/^\s*(```|~~~)/.test(lines[i] ?? "")) fence = !fence;
    starts[i] = fence;
  }
  for (let i = line - 2; i >= 0 && level > 1; i--) {
    if (starts[i]) continue;
    const m = HEADING.exec(lines[i] ?? "");
    if (!m) continue;
    const l = (m[1] ?? "#").length;
    if (l < level) {
      if (l >= minLevel) out.push((m[2] ?? "").trim());
      level = l;
    }
  }
  return out;
}

/** Sentences and dash-separated clauses of one line, without the line's list bullet. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")
    .split(/(?<=[.!?])\s+|;\s+|\s[-–—]\s|。/)
    .filter((s) => s.trim() !== "");
}

/** The first double-quoted words of an edge's reason (`explicit "depends on T003" (...)`), or null. */
export function quoteOf(reason: string): string | null {
  const m = /"([^"]+)"/.exec(reason);
  return m?.[1] ?? null;
}
