import type { ListNote } from "../../model/task.js";

/** One numbered line of a block. */
export interface NoteLine {
  line: number;
  text: string;
}

/** A statement in prose: a list item or a paragraph, its lines joined. */
export interface ProseUnit {
  kind: "prose";
  lines: NoteLine[];
  headings: readonly string[];
  indent: number;
  /** The list item this one is nested under, if any. */
  parent: ProseUnit | null;
}

/** A Markdown table: its rows, header first. */
export interface TableUnit {
  kind: "table";
  lines: NoteLine[];
  headings: readonly string[];
}

/** A fenced code block: its info word and lines. */
export interface CodeUnit {
  kind: "code";
  info: string;
  lines: NoteLine[];
  headings: readonly string[];
}

/** A unit of the list's notes that statements are read from. */
export type StatementUnit = ProseUnit | TableUnit | CodeUnit;

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * Groups the notes of a list into units: code blocks, tables, and prose units (a list item with its
 * continuation lines, or a paragraph). A line opening with a bullet, a bold label or at a lower indent
 * starts a new unit; blank lines and heading changes end one.
 */
export function statementUnits(notes: readonly ListNote[]): StatementUnit[] {
  const units: StatementUnit[] = [];
  let open: StatementUnit | null = null;
  let previous: ListNote | null = null;
  let items: ProseUnit[] = [];
  for (const note of notes) {
    const contiguous =
      previous !== null && sameHeadings(previous.headings, note.headings) && note.line === previous.line + 1;
    const sameSection = open !== null && contiguous;
    previous = note;
    if (!contiguous) items = [];
    if (note.code !== null) {
      if (open?.kind === "code" && sameSection && open.info === note.code) open.lines.push(note);
      else
        units.push(
          (open = { kind: "code", info: note.code.toLowerCase(), lines: [note], headings: note.headings }),
        );
      continue;
    }
    const trimmed = note.text.trim();
    if (trimmed.length === 0) {
      open = null;
      continue;
    }
    if (trimmed.startsWith("|")) {
      if (open?.kind === "table" && sameSection) open.lines.push(note);
      else units.push((open = { kind: "table", lines: [note], headings: note.headings }));
      continue;
    }
    const indent = note.text.length - note.text.trimStart().length;
    const above = open?.kind === "prose" ? open.lines[open.lines.length - 1]?.text : undefined;
    if (open?.kind === "prose" && sameSection && continuesLine(open.indent, note.text, indent, above)) {
      open.lines.push(note);
      continue;
    }
    if (!LIST_ITEM.test(note.text)) items = [];
    while (items.length > 0 && (items[items.length - 1]?.indent ?? 0) >= indent) items.pop();
    const unit: ProseUnit = {
      kind: "prose",
      lines: [note],
      headings: note.headings,
      indent,
      parent: LIST_ITEM.test(note.text) ? (items[items.length - 1] ?? null) : null,
    };
    if (LIST_ITEM.test(note.text)) items.push(unit);
    units.push((open = unit));
  }
  return units;
}

// A line ending in a comma, a conjunction, a preposition or an article has its sentence go on below
// ("S5-6 must not be merged unless" / "S3-7 is in"), whatever the next line opens with.
const OPEN_END =
  /(?:,|(?:^|\s)(?:and|or|but|unless|until|after|before|once|when|than|of|on|for|to|by|with|from|into|the|a|an|und|oder|nach|bevor|et|ou|apr[eè]s|avant|y|o|despu[eé]s|antes|и|или|после))\s*$/iu;

// A run of IDs after a colon that fills the line to its end ("... can start once Phase 2 is in: T014 T015
// T017 (US1), T025") goes on below when the next line opens with a run of IDs too ("T031 T032 (US2),
// T035"): a list wrapped mid-run. A line ending in IDs without a colon ("T002 waits for T001") may end its
// sentence there, and a next line whose ID is followed by words ("T004 waits for T003") starts its own.
const ID = String.raw`\p{Lu}{1,6}-?\d+(?:\.\d+)*`;
const ID_RUN_END = new RegExp(String.raw`:\s*(?:${ID}(?:\s*\([^()]*\))?(?:\s*,)?\s*)+$`, "u");
const OPENS_WITH_ID_RUN = new RegExp(String.raw`^${ID}(?:\s*[,(]|\s+${ID}(?![\p{L}\d])|\s*[.;]?\s*$)`, "u");

/**
 * A line continues the item or paragraph above it (indented `openIndent`, its last line `above`) when it
 * is no new item, no bold label or quote, and starts lower-case (a code span opening with a lower-case
 * letter included: "`infra/`) runs only after ...") or deeper, or the line above ends open (or in a run
 * of IDs after a colon that this line goes on with): a sentence wrapped onto the next line.
 */
export function continuesLine(openIndent: number, text: string, indent: number, above?: string): boolean {
  if (LIST_ITEM.test(text)) return false;
  const trimmed = text.trimStart();
  if (trimmed.startsWith("**") || trimmed.startsWith(">")) return false;
  if (above !== undefined && OPEN_END.test(above)) return true;
  if (above !== undefined && ID_RUN_END.test(above) && OPENS_WITH_ID_RUN.test(trimmed)) return true;
  return indent > openIndent || /^(?:[\p{Ll}(,;&+]|`\p{Ll})/u.test(trimmed);
}

function sameHeadings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}

/** The title, then the body's lines with each wrapped continuation joined to the line it continues. */
export function wrappedLines(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number; indent: number }> = [];
  text.split("\n").forEach((lineText, line) => {
    const indent = lineText.length - lineText.trimStart().length;
    const open = out[out.length - 1];
    if (
      line > 1 &&
      open !== undefined &&
      lineText.trim() !== "" &&
      continuesLine(open.indent, lineText, indent, open.text)
    )
      open.text += ` ${lineText.trim()}`;
    else out.push({ text: lineText, line, indent });
  });
  return out;
}
