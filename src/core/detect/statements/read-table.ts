import { findMarkers } from "./find-markers.js";
import { foldText, cleanLine } from "./fold-text.js";
import { recordSentence } from "./record-reading.js";
import { readSentence } from "./read-sentence.js";
import { readWordsAbout } from "./read-task-notes.js";
import { narrowPossessives } from "./possessive-parts.js";
import { evidence, findReferences, warnAbout, type ReadingContext } from "./reading-context.js";
import { dropAppositions, findParentheses } from "./sentence-parts.js";
import { isHedged } from "./sentence-modality.js";
import type { TableUnit } from "./statement-units.js";
import type { FoundReference, ParallelClaim, Target } from "./statement-types.js";
import { patternList, type WordList } from "./word-matcher.js";
import { DEPENDENCY_COLUMNS, DEPENDENT_COLUMNS } from "./words/column-words.js";

type Column = "subject" | "forward" | "backward" | "parallel" | "other";

// A row title opening with a number and a name: "2. Schema + repositories", "3) Storage".
const NUMBERED_TITLE = /^\s*(\d+)[.)]\s+\p{L}/u;
// A header naming steps, over cells holding a step's number alone.
const STEP_HEADER =
  /^\s*(?:steps?|stages?|groups?|步骤|步驟|阶段|ステップ|단계|b[uư][oớ]c|nh[oó]m|schritt|etapa|paso|passo|[ée]tape|шаг|этап)\s*#?\s*$/iu;
const BARE_NUMBER = /^\s*(\d+)\s*$/u;
// A cell of bare numbers, with footnote marks ("3, 4*, 5"): in a table of steps, those steps.
const BARE_NUMBERS = /^\s*\d+\s*\\?\*?(?:\s*(?:,|、|;|\band\b|и|&)\s*\d+\s*\\?\*?)*\s*$/iu;

let dependency: WordList<string> | null = null;
let dependent: WordList<string> | null = null;

/**
 * A Markdown table with a dependency column: the header says which column is the subject (the first
 * column naming tasks, phases or stories) and which hold what the subject waits for ("Depends on",
 * "Prerequisites", "Can start after"), what waits for it ("Blocks", "Dependents") or what may run beside
 * it ("Parallel with"). Each row is read on its own line; a cell offering an alternative binds nothing,
 * and a part of a cell that is a sentence of its own ("Phase 2; T026 alone also needs T018") says what it
 * says, not what the row's subject waits for.
 */
export function readTable(rc: ReadingContext, unit: TableUnit): void {
  const rows = unit.lines.map((l) => ({ line: l.line, cells: splitRow(l.text) }));
  const header = rows[0]?.cells ?? [];
  const body = rows
    .slice(1)
    .filter((r) => !r.cells.every((c) => /^:?-{2,}:?$/.test(c.trim()) || c.trim() === ""));
  const kinds = header.map(columnKind);
  if (!kinds.some((k) => k === "forward" || k === "backward" || k === "parallel")) return;
  const steps = STEP_HEADER.test(header[0] ?? "");
  const cellRefs = (text: string, line: number): Target[] =>
    cellParts(rc, steps ? namedSteps(text) : text, line).flatMap((p) => (p.sentence ? [] : p.targets));
  // A row titled with its step's number and name ("2. Schema + repositories") names that step, and so
  // does a bare number under a header that names steps ("| Step | ... |", "| 步骤 | ... |": "| 2 | ... |").
  const subjectRefs = (text: string, line: number, column: number): Target[] => {
    const numbered =
      NUMBERED_TITLE.exec(text) ?? (STEP_HEADER.test(header[column] ?? "") ? BARE_NUMBER.exec(text) : null);
    const refs = cellRefs(text, line);
    return refs.length > 0 || numbered === null ? refs : cellRefs(`step ${numbered[1] ?? ""}`, line);
  };
  const subjectColumn = kinds.findIndex(
    (k, i) => k === "other" && body.some((r) => subjectRefs(r.cells[i] ?? "", r.line, i).length > 0),
  );
  if (subjectColumn < 0) return;
  for (const row of body) {
    const subject = subjectRefs(row.cells[subjectColumn] ?? "", row.line, subjectColumn);
    if (subject.length === 0) continue;
    const strength = rowStrength(row.cells.filter((_, i) => kinds[i] === "other" && i !== subjectColumn));
    if (strength.soft) {
      warnAbout(
        rc,
        row.line,
        `the row of ${cleanLine(row.cells[subjectColumn] ?? "")} calls its order "${strength.soft}": no edge from it`,
      );
      continue;
    }
    const relations: Array<{ before: Target[]; after: Target[] }> = [];
    const parallel: ParallelClaim[] = [];
    kinds.forEach((kind, i) => {
      if (kind === "other") return;
      const parts = cellParts(rc, steps ? namedSteps(row.cells[i] ?? "") : (row.cells[i] ?? ""), row.line);
      for (const p of parts)
        if (p.sentence)
          recordSentence(
            rc,
            readSentence(
              p.sentence.folded,
              p.sentence.refs,
              kind === "forward" && p.sentence.objectFirst ? subject : null,
              false,
            ),
            evidence(p.text, row.line),
          );
      const cell = withoutIds(
        parts.flatMap((p) => (p.sentence ? [] : p.targets)),
        strength.softIds,
      );
      if (cell.length === 0) return;
      if (kind === "forward") relations.push({ before: cell, after: subject });
      else if (kind === "backward") relations.push({ before: subject, after: cell });
      else parallel.push({ members: subject, against: cell });
    });
    const text = row.cells.map((c) => cleanLine(c)).join(" | ");
    recordSentence(rc, { relations, parallel }, evidence(`| ${text} |`, row.line));
    const notes = row.cells.filter((_, i) => kinds[i] === "other" && i !== subjectColumn);
    if (subject.length === 1)
      for (const cell of notes) readNotesCell(rc, subject[0] as Target, cell, row.line, strength.softIds);
  }
}

/** "3, 4*, 5" in a table of steps -> "step 3, step 4, step 5"; any other cell as it is. */
function namedSteps(cell: string): string {
  if (!BARE_NUMBERS.test(cell)) return cell;
  return [...cell.matchAll(/\d+/g)].map((m) => `step ${m[0]}`).join(", ");
}

/**
 * A notes cell speaks of its row's subject: "needs only the key type; it does not wait for T005–T008"
 * frees the row's task from those, as its own words would. A cell naming a task the row calls soft
 * ("rule fields only exist after T034" beside "soft (T034)") explains that soft order and binds nothing.
 */
function readNotesCell(
  rc: ReadingContext,
  self: Target,
  cell: string,
  line: number,
  softIds: ReadonlySet<string>,
): void {
  if (cellNamesAny(cell, softIds)) return;
  const text = cleanLine(cell);
  const folded = foldText(text);
  if (!findMarkers(folded).some((m) => m.type === "relation" || m.type === "parallel")) return;
  readWordsAbout(rc, self, text, folded, line, null);
}

/**
 * A cell's parts (divided by ";"), each with what it names; a part with its own subject and relation
 * word ("T026 alone also needs T018") is a sentence, to be read as one (only where the row is read, not
 * while looking for the subject column). A part offering an alternative names nothing.
 */
function cellParts(
  rc: ReadingContext,
  cell: string,
  line: number,
): Array<{
  text: string;
  targets: Target[];
  sentence: { folded: string; refs: FoundReference[]; objectFirst: boolean } | null;
}> {
  return cell.split(";").map((part) => {
    const text = cleanLine(part);
    const folded = foldText(text);
    if (folded.length === 0 || isHedged(folded)) return { text, targets: [], sentence: null };
    // "T017 from US1": the story only says where T017 is, as in prose.
    const refs = narrowPossessives(rc, folded, findReferences(rc, folded, line, { bare: true }));
    const parentheses = findParentheses(folded);
    const relation = findMarkers(folded).find(
      (m) => m.type === "relation" && !parentheses.some((p) => p.start < m.start && m.end <= p.end),
    );
    // A relation word that takes its object before it ("步骤 2 合并后": after step 2 is merged) has no
    // subject in the cell: the sentence speaks of the row ("..., 不必等步骤 3": nor waits for step 3).
    if (relation && refs.some((r) => r.end <= relation.start)) {
      const objectFirst = relation.type === "relation" && relation.word.object === "precedes";
      return { text, targets: [], sentence: { folded, refs, objectFirst } };
    }
    // "Step 1 merged (does not wait for Step 2)": an aside denying a wait names what the row does not need.
    const denials = parentheses.filter((p) =>
      findMarkers(folded.slice(p.start, p.end)).some((m) => m.type === "parallel"),
    );
    const kept = refs.filter((r) => !denials.some((p) => p.start <= r.start && r.end <= p.end));
    const targets = dropAppositions(folded, kept, parentheses).map((r) => r.target);
    return { text, targets, sentence: null };
  });
}

// A strength column ("Type", "Strength") whose cell says the row's order need not hold: "soft", "optional".
// A cell that calls the row's order soft: the word alone, or opening the cell before its explanation
// ("soft / optional: handy to paste ..., don't hold it back").
const SOFT_WORD = String.raw`(?:soft|optional|preferred|weak|advisory|recommended|suggested|nice[\s-]+to[\s-]+have)`;
const SOFT_CELL = new RegExp(
  String.raw`^${SOFT_WORD}(?:\s*[/,]\s*${SOFT_WORD})*(?=\s*(?:$|[:;,—–]|\s-\s))`,
  "i",
);
// "hard (T025) / soft (T034)": the IDs in brackets after a soft word are the soft ones.
const SOFT_IDS = /\b(?:soft|optional|preferred|weak)\s*\(([^)]*)\)/gi;

/** Whether a row calls its whole order soft (the word), and the IDs it calls soft one by one. */
function rowStrength(cells: readonly string[]): { soft: string | null; softIds: Set<string> } {
  const softIds = new Set<string>();
  let soft: string | null = null;
  for (const cell of cells.map((c) => cleanLine(c).trim())) {
    const word = SOFT_CELL.exec(cell);
    if (word) soft = word[0].toLowerCase();
    for (const m of cell.matchAll(SOFT_IDS)) for (const id of (m[1] ?? "").split(/[\s,]+/)) softIds.add(id);
  }
  return { soft, softIds };
}

/** Targets without the tasks named soft ("soft (T034)"); a target left naming nothing goes. */
function withoutIds(targets: Target[], ids: ReadonlySet<string>): Target[] {
  if (ids.size === 0) return targets;
  return targets.flatMap((t): Target[] => {
    if (t.level !== "task") return [t];
    const kept = t.ids.filter((id) => !ids.has(id));
    return kept.length === 0 ? [] : [{ ...t, ids: kept }];
  });
}

/** True when the cell names one of the task IDs as a word of its own. */
function cellNamesAny(cell: string, ids: ReadonlySet<string>): boolean {
  const words = cell.split(/[^\p{L}\p{N}._-]+/u).map((w) => w.replace(/[.]+$/, ""));
  return words.some((w) => ids.has(w));
}

function splitRow(text: string): string[] {
  const cells = text
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/);
  return cells.map((c) => c.trim());
}

/** What a column holds, from its header's words. */
function columnKind(header: string): Column {
  dependency ??= patternList(DEPENDENCY_COLUMNS);
  dependent ??= patternList(DEPENDENT_COLUMNS);
  const folded = foldText(cleanLine(header));
  const markers = findMarkers(folded);
  if (markers.some((m) => m.type === "parallel")) return "parallel";
  const relation = markers.find((m) => m.type === "relation");
  if (relation?.type === "relation") return relation.word.direction;
  if (dependent.test(folded)) return "backward";
  if (dependency.test(folded)) return "forward";
  return "other";
}
