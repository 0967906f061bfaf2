/**
 * The authors' own parallel statements, read by a simple reader of the harness's own (independent of
 * src/core), as must-parallel pairs:
 *
 * - Fenced examples in a section whose heading speaks of parallel work ("Parallel Example: User Story
 *   1", "Parallel Opportunities"): each run of consecutive lines that name a task (`Task: "T012 ..."`,
 *   `Task T012: ...`, `T012: ...`) is one group, a line naming a range being one member. Blank and
 *   comment lines end a run; a run opened by a comment that says "sequential" or starts with "After" /
 *   "Then" / "Finally" counts for nothing; a member line that states a dependency is left out. Mermaid
 *   fences are not read.
 * - Sentences saying tasks run in parallel, anywhere outside task lines (and fence lines that say so,
 *   such as `T001, T002, T003 → parallel`): "T009, T010 can run in parallel (after T006-T008
 *   complete)", "T033 can run in parallel with T030-T032", "Phase 2의 T005, T006 엔티티 병렬 구현 가능".
 *   The tasks named, minus those after a prerequisite or successor word ("after", "once", "before",
 *   "depends on", ...). "X in parallel with Y" pairs X with Y and X among itself. Items joined by "and"
 *   ("US1 tests (T020–T030) and US3 tests (T054–T070)") pair across each other only (inside a range
 *   too when the clause says "all"); items listed with commas ("T039-T043, T046, T047") all pair,
 *   except a list made only of ranges ("T004-T005, T017-T018"), whose ranges pair only inside.
 *   Hedged sentences ("except", "unless", "some", "mostly", "almost") and sentences under a team /
 *   strategy heading are skipped.
 */

/** A must-parallel pair the authors stated, with the line it came from. */
export interface AuthorPair {
  a: string;
  b: string;
  line: number;
  text: string;
}

const PARALLEL_HEADING = /parallel|paralel|параллел|병렬|并行|並列|並行/i;
const PARALLEL_PHRASE =
  /\bparallel(?:i[sz]able)?\b|\bconcurrently\b|\bsimultaneous(?:ly)?\b|paralel[oa]s?\b|paralelamente|параллельн|병렬|并行|並列|並行/i;
const WITH_SPLIT =
  /\b(?:in )?parallel with\b|\bconcurrently with\b|\bsimultaneously with\b|\bem paralelo com\b/i;
const CUT =
  /\b(?:after|once|following|before|then|depends? on|requires?|blocked by|waits? for|when|needs?)\b|→|->|\bapós\b|\bdepois de\b|\bantes de\b|\bпосле\b|\bдо\b|之后|以后|完成后|之前|後に|の後|の前|완료 후|이후|후에|전에/i;
const SEQUENTIAL =
  /sequential|in sequence|in order|one (?:at a|after)|^\W*(?:after|then|once|finally|next)\b|순차|顺序|順番|順次|sequencial|последовательн/i;
const SEQUENTIAL_WORD = /sequential|sequenci|in sequence|in order|순차|顺序|順番|順次|последовательн/i;
const SKIP =
  /\bexcept\b|\bunless\b|\bexceto\b|\bкроме\b|\bsome\b|\bmostly\b|\bmany\b|\balmost\b|\bpartially\b/i;
const STRATEGY_HEADING =
  /strateg|\bteam\b|\bmvp\b|incremental|developers?\b|staffing|estratégia|equipe|стратег/i;
const AND_JOIN = /\band\b|&|\+|\bwith\b|\be\b|\bи\b|和|와|과|と|及/i;
const ALL = /\ball\b|tod[oa]s\b|все|모두|全部|すべて|全て/i;
const TASK_LINE = /^\s*(?:[-*+]|\d+[.)])?\s*\[[ xX]\]|^\s*#{1,6}\s+(?:\[[ xX]\]\s*)?[A-Z]+-?\d+/;
const ID_SOURCE = String.raw`[A-Z]{1,4}-?\d{2,}[a-zA-Z]?`;
const ID_OR_RANGE = new RegExp(
  String.raw`(?<![\w.])(${ID_SOURCE})(?:(?:\s*(?:-|–|—|~|〜|～|\.\.)\s*|\s+(?:to|through|a|até)\s+)(${ID_SOURCE}))?(?![\w])`,
  "g",
);
const FENCE = /^\s*(```+|~~~+)\s*([\w-]*)/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/;
const COMMENT = /^(#|\/\/|--|%%)/;

/** Reads the authors' parallel statements of one list. `known`: the list's task IDs (others are ignored). */
export function authorParallelPairs(text: string, known: ReadonlySet<string>): AuthorPair[] {
  const lines = text.split(/\r?\n/);
  const pairs = new Map<string, AuthorPair>();
  const add = (a: string, b: string, line: number, source: string): void => {
    if (a === b || !known.has(a) || !known.has(b)) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x} ${y}`;
    if (!pairs.has(key)) pairs.set(key, { a: x, b: y, line, text: source.trim() });
  };
  const sentencesOf = (raw: string, lineNo: number): void => {
    for (const sentence of sentences(raw)) {
      if (SKIP.test(sentence)) continue;
      for (const clause of clauses(sentence)) {
        if (!PARALLEL_PHRASE.test(clause)) continue;
        for (const [a, b] of clausePairs(clause, known)) add(a, b, lineNo, raw);
      }
    }
  };

  const headings: Array<{ level: number; text: string }> = [];
  let fence: { marker: string; mermaid: boolean } | null = null;
  // A run of consecutive task lines in a fence; each line is one item (a range stays one item).
  let run: Array<{ ids: string[]; line: number; text: string }> = [];
  let runOpen = true;
  const closeRun = (): void => {
    if (runOpen) {
      for (let i = 0; i < run.length; i++) {
        for (let j = i + 1; j < run.length; j++) {
          const x = run[i];
          const y = run[j];
          if (x && y) for (const [a, b] of cross(x.ids, y.ids)) add(a, b, x.line, x.text);
        }
      }
    }
    run = [];
  };
  const inParallelSection = (): boolean => headings.some((h) => PARALLEL_HEADING.test(h.text));
  const inStrategySection = (): boolean => headings.some((h) => STRATEGY_HEADING.test(h.text));

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const trimmed = raw.trim();
    const fenceMatch = FENCE.exec(raw);
    if (fence !== null) {
      if (fenceMatch && trimmed.startsWith(fence.marker.slice(0, 3)) && (fenceMatch[2] ?? "") === "") {
        closeRun();
        fence = null;
        return;
      }
      if (fence.mermaid || inStrategySection()) return;
      if (trimmed === "") {
        closeRun();
        return;
      }
      if (COMMENT.test(trimmed)) {
        closeRun();
        runOpen = !SEQUENTIAL.test(trimmed.replace(COMMENT, ""));
        return;
      }
      if (PARALLEL_PHRASE.test(trimmed) || CUT.test(trimmed)) {
        // `T001, T002 → parallel`, `T010: app init (depends on T007)`: a statement, not a member.
        closeRun();
        sentencesOf(trimmed, lineNo);
        return;
      }
      if (!inParallelSection()) return;
      const items = idItems(trimmed, known);
      const first = items[0];
      if (!first) {
        closeRun();
        return;
      }
      // `Task T038 + T039: ...` is one member naming two tasks.
      const cluster = [first];
      for (const item of items.slice(1)) {
        if (!/^\s*(?:\+|,|&|and)\s*$/.test(item.gapBefore)) break;
        cluster.push(item);
      }
      run.push({ ids: cluster.flatMap((c) => c.ids), line: lineNo, text: trimmed });
      return;
    }
    if (fenceMatch) {
      fence = { marker: fenceMatch[1] ?? "```", mermaid: /mermaid/i.test(fenceMatch[2] ?? "") };
      run = [];
      runOpen = true;
      return;
    }
    const heading = HEADING.exec(raw);
    if (heading && !TASK_LINE.test(raw)) {
      const level = (heading[1] ?? "#").length;
      while (headings.length > 0 && (headings.at(-1)?.level ?? 0) >= level) headings.pop();
      headings.push({ level, text: heading[2] ?? "" });
      return;
    }
    if (TASK_LINE.test(raw) || inStrategySection()) return;
    sentencesOf(raw, lineNo);
  });
  return [...pairs.values()];
}

/** A clause's pairs (see the module comment). */
function clausePairs(whole: string, known: ReadonlySet<string>): Array<[string, string]> {
  // "T018, T019, T020 → after T016 (T019/T021 parallelizable)": the parentheses hold the statement.
  const inner = enclosingParentheses(whole, PARALLEL_PHRASE.exec(whole)?.index ?? 0);
  const clause = inner !== null && idItems(inner, known).flatMap((x) => x.ids).length >= 2 ? inner : whole;
  const withAt = WITH_SPLIT.exec(clause);
  const left = withAt ? clause.slice(0, withAt.index) : clause;
  const right = withAt ? clause.slice(withAt.index + withAt[0].length) : "";
  const leftText = dropCut(left);
  const leftItems = idItems(leftText, known);
  const rightItems = idItems(dropCut(right), known);
  const out: Array<[string, string]> = [];
  const andJoined = leftItems.some((item, i) => i > 0 && AND_JOIN.test(item.gapBefore));
  if (andJoined) {
    const all = ALL.test(clause);
    leftItems.forEach((item, i) => {
      if (item.range && all) out.push(...pairwise(item.ids));
      for (const other of leftItems.slice(i + 1)) out.push(...cross(item.ids, other.ids));
    });
  } else if (leftItems.length >= 2 && leftItems.every((x) => x.range)) {
    // "(T004-T005, T017-T018, T024-T025)": a list of groups, each parallel inside.
    for (const item of leftItems) out.push(...pairwise(item.ids));
  } else {
    out.push(...pairwise(leftItems.flatMap((x) => x.ids)));
  }
  const leftIds = leftItems.flatMap((x) => x.ids);
  for (const item of rightItems) out.push(...cross(leftIds, item.ids));
  return out;
}

/**
 * Removes what follows a prerequisite or successor word: inside parentheses up to the closing one
 * ("(after T006-T008 complete)"), else up to a dash, a semicolon, or a comma followed by words that are
 * not task IDs ("After T005 lands, migrations (T008, T009) ..." keeps the migrations).
 */
export function dropCut(text: string): string {
  let out = "";
  let depth = 0;
  let cutDepth: number | null = null;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (cutDepth === null) {
      const rest = text.slice(i);
      const m = CUT.exec(rest);
      if (
        m &&
        m.index === 0 &&
        (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") || !/^[a-z]/i.test(m[0]))
      ) {
        cutDepth = depth;
        i += m[0].length;
        continue;
      }
      if (ch === "(" || ch === "（") depth++;
      if ((ch === ")" || ch === "）") && depth > 0) depth--;
      out += ch;
      i++;
      continue;
    }
    if (ch === "(" || ch === "（") depth++;
    else if (ch === ")" || ch === "）") {
      depth = Math.max(0, depth - 1);
      if (depth < cutDepth) {
        cutDepth = null;
        out += ch;
      }
    } else if (cutDepth === 0 && depth === 0) {
      const rest = text.slice(i);
      if (/^\s[—–-]\s|^;/.test(rest)) cutDepth = null;
      else if (/^,\s*/.test(rest) && !new RegExp(`^,\\s*(?:and\\s+)?${ID_SOURCE}`).test(rest))
        cutDepth = null;
    }
    i++;
  }
  return out;
}

/** The text inside the innermost parentheses around `at`, or null when `at` is not inside any. */
function enclosingParentheses(text: string, at: number): string | null {
  const open: number[] = [];
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "（") open.push(i);
    else if ((ch === ")" || ch === "）") && open.length > 0) open.pop();
  }
  const start = open.at(-1);
  if (start === undefined) return null;
  const rest = text.slice(start + 1);
  const end = rest.search(/[)）]/);
  return end === -1 ? rest : rest.slice(0, end);
}

interface IdItem {
  ids: string[];
  range: boolean;
  /** The text between the previous item and this one. */
  gapBefore: string;
}

/** IDs and ranges in a piece of text, in order, kept only when they are tasks of the list. */
function idItems(text: string, known: ReadonlySet<string>): IdItem[] {
  const items: IdItem[] = [];
  let last = 0;
  for (const m of text.matchAll(ID_OR_RANGE)) {
    const lo = m[1] ?? "";
    const hi = m[2];
    const ids = hi ? expandRange(lo, hi, known) : [padded(lo, known)].filter((x) => known.has(x));
    if (ids.length > 0) items.push({ ids, range: Boolean(hi), gapBefore: text.slice(last, m.index) });
    last = (m.index ?? 0) + m[0].length;
  }
  return items;
}

/** An author's shorthand `T19` for `T019`, when the list has no `T19`. */
function padded(id: string, known: ReadonlySet<string>): string {
  if (known.has(id)) return id;
  const m = /^([A-Z]{1,4}-?)(\d+)([a-zA-Z]?)$/.exec(id);
  return m ? `${m[1] ?? ""}${(m[2] ?? "").padStart(3, "0")}${m[3] ?? ""}` : id;
}

/** T011-T019 -> the list's tasks numbered 11..19 with the same prefix (T046A included between T046 and T047). */
export function expandRange(lo: string, hi: string, known: ReadonlySet<string>): string[] {
  const a = /^([A-Z]{1,4}-?)(\d+)[a-zA-Z]?$/.exec(lo);
  const b = /^([A-Z]{1,4}-?)(\d+)[a-zA-Z]?$/.exec(hi);
  if (!a || !b || a[1] !== b[1]) return [lo, hi].filter((x) => known.has(x));
  const prefix = a[1] ?? "";
  const from = Number(a[2]);
  const to = Number(b[2]);
  if (to < from || to - from > 500) return [lo, hi].filter((x) => known.has(x));
  const re = new RegExp(`^${prefix.replace(/-/g, "\\-")}(\\d+)[a-zA-Z]?$`);
  return [...known]
    .filter((id) => {
      const m = re.exec(id);
      if (!m) return false;
      const n = Number(m[1]);
      return n >= from && n <= to;
    })
    .sort();
}

function pairwise(ids: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) out.push([ids[i] ?? "", ids[j] ?? ""]);
  }
  return out;
}

function cross(xs: readonly string[], ys: readonly string[]): Array<[string, string]> {
  return xs.flatMap((x) => ys.map((y): [string, string] => [x, y]));
}

/** Splits a line into sentences (". ", "; ", "。"). */
function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=[A-Z*])|;\s+|。/).filter((s) => s.trim() !== "");
}

/**
 * Splits a sentence at commas into clauses that each hold one parallel phrase: "T008-T017 can run in
 * parallel (...), T020-T021 can run in parallel" is two clauses; "T003, T004 can run in parallel" one.
 */
function clauses(sentence: string): string[] {
  const pieces = sentence.split(/(?<=,)\s+/);
  const out: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (SEQUENTIAL_WORD.test(piece) && !PARALLEL_PHRASE.test(piece)) {
      // "T001-T004 sequenciais (renaming), T005-T008 paralelos": the sequential part pairs nothing.
      current = "";
      continue;
    }
    current = current === "" ? piece : `${current} ${piece}`;
    if (PARALLEL_PHRASE.test(piece)) {
      out.push(current);
      current = "";
    }
  }
  if (current !== "") {
    if (out.length > 0) out[out.length - 1] = `${out[out.length - 1] ?? ""} ${current}`;
    else out.push(current);
  }
  return out;
}
