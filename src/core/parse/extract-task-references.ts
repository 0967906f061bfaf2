import type { TaskListFormat } from "../model/task.js";
import { KEY_ID_SOURCE, NOT_AFTER_VERSION_MARK, T_ID_SOURCE } from "./task-id-pattern.js";

/**
 * How a list writes its task IDs: spec-kit `T012`, numbered `2.1`, issue-tracker keys `SUP-101`, or none
 * of them (generated IDs).
 */
export type IdStyle = "t" | "numbered" | "key" | "none";

/**
 * The ID style of a list's format; of a heading list, also of its first task's ID (`firstId`): headings
 * keyed like a tracker's issues ("### R-14: Title") name each other by those keys.
 */
export function idStyleOf(format: TaskListFormat, firstId?: string): IdStyle {
  if (format === "numbered" || format === "taskmaster") return "numbered";
  if (format === "keyed") return "key";
  if (format === "heading" && firstId !== undefined && !/^T\d/.test(firstId)) return "key";
  return format === "checklist" ? "none" : "t";
}

/** One reference to tasks: a single ID or a range, as written. */
export interface WrittenReference {
  /** First ID (or the only one). */
  from: string;
  /** Last ID of a range (`T004-T010`), else null. */
  to: string | null;
}

/** A dependency phrase with the tasks it names: `depends on T012, T013`. */
export interface DependencyPhrase {
  /** The author's words, phrase and references, e.g. `depends on T012, T013`. */
  text: string;
  /** Offset of the phrase in the text searched, and of the first character after its references. */
  index: number;
  end: number;
  references: WrittenReference[];
  /**
   * The phrase opens a clause of the task's own text (`(depends on T012)`, `T009 — after T004`), so the
   * author states the dependency; inside a sentence about something else (`the page from US6, depends on
   * T140`) it is only read from prose.
   */
  opensClause: boolean;
}

const T_ID = T_ID_SOURCE;
const NUM_ID = String.raw`\d+(?:\.\d+)+`;
const RANGE_DASH = String.raw`\s*(?:-|–|—|\.\.|\bto\b|\bthrough\b|\bthru\b)\s*`;
// German "und", "sowie", "oder" too, since its "aus" and "von" are read ("aus 6.2 und 6.3"), and the
// Scandinavian "och", "og", "eller" of "från 2.1 och 2.2".
const SEPARATOR =
  /^\s*(?:,\s*(?:and|or|und|oder|och|og|eller)\b|,|\b(?:and|und|sowie|och|og)\b|\b(?:or|oder|eller)\b|&|\+|\/|;(?=\s*T\d))\s*/i;
const FILLER = /^\s*(?:the|all|of|both|tasks?|completion\s+of|finishing|completing|having|done|with)\b\s*/i;
/**
 * What marks a code span as code rather than a package's plain name ("`zod`", whose number is a version): a
 * call, an underscore, camel case, or a member ("`store.Save`").
 */
export const CODE_SIGNS = String.raw`\(|_|[a-z][A-Z]|\w\.[A-Za-z]`;
// A code name glossed with the task that makes it: "from useStock (1.2)", "z `useStany` (7.1)", "uses
// `Product` (3.2)", "`store.Save` (2.1)". A package's plain name glosses its version: "uses `zod` (3.22)".
const CODE_NAME = String.raw`(?:\x60(?=[A-Z]|[^\x60\n]*(?:${CODE_SIGNS}))[^\x60\n]{1,40}\x60|[a-z]+[A-Z]\w*)`;
const GLOSSED_NAME = new RegExp(String.raw`^\s*${CODE_NAME}\s*\((?=\s*(?:[A-Z]+-?\d|\d+\.\d))`);
// "from" (German "aus", "von": "die Zeilen aus dem Parser von 6.1"; Polish "z" before a task, "wyjątki z
// 1.5"; Swedish "från", Danish and Norwegian "fra", not the Italian "fra 2.1 e 2.3": between; Indonesian
// "dari 4.1", not "lebih dari": more than; Croatian "iz 2.2", not "neovisno iz") names what another task makes; not after a word of difference
// ("separate from", "unabhängig von") or of company ("równolegle z 2.2", "razem z 2.2": beside, together
// with). What a task follows ("DTO według 1.3", "according to 1.3", "selon 2.1", "gemäß 2.1") it reads, and
// what it works through ("via T004", German "über 4.2", "mittels 4.2", Indonesian "lewat", "melalui"; "via
// `ListRepository` (2.4)": a code name glossed with its task) it uses.
const PHRASES = new RegExp(
  String.raw`(?:\b|(?<=[\s(]))(depends\s+on|depend\s+on|dependent\s+on|depending\s+on|blocked\s+by|requires|required|require|needs|need|after|once|following|builds?\s+on|extends|reuses?|using|uses|(?<!\b(?:separate(?:ly)?|apart|different|distinct|independent(?:ly)?|isolated|decoupled|away)\s+)from|(?<!\b(?:unabh[äa]ngig|getrennt|abgesehen|losgel[öo]st|verschieden|anders\s+als|im\s+unterschied\s+zu)\s+)(?:aus|von|vom)|(?<!\b(?:oberoende|separat|skild|uavhengig|uafh[æe]ngig|adskilt)\s+)(?:fr[åa]n|fra(?!\s+\S+\s+e\s))(?=\s+(?:[A-Z]+-?\d|\d+\.\d))|(?<!\b(?:lebih|kurang|berbeda|terpisah|selain|bebas|lepas)\s+)dari(?=\s+(?:[A-Z]+-?\d|\d+\.\d))|(?<!\b(?:neovisno|odvojeno|osim|izvan)\s+)iz(?=\s+(?:[A-Z]+-?\d|\d+\.\d))|(?:according\s+to|per|via|wed[łl]ug|zgodnie\s+z|selon|seg[úu]n|segundo|secondo|gem[äa][ßs]s?|laut|[üu]ber(?!\s+\S+\s+hinaus)|mittels|lewat|melalui)(?=\s+(?:[A-Z]+-?\d|\d+\.\d|${CODE_NAME}\s*\(\s*(?:[A-Z]+-?\d|\d+\.\d)))|(?<!\b(?:r[óo]wnolegle|razem|wraz|jednocze[śs]nie|r[óo]wnocze[śs]nie)\s+)z(?=\s+(?:zadani\w*\s+)?\d+\.\d|\s+${CODE_NAME}\s*\(\s*\d+\.\d))\b`,
  "gi",
);
// A number followed by a unit is a quantity, not a task: "after 1.5 seconds", "un intervallo di 1.2 secondi".
const UNITS = String.raw`%|ms|s|secs?|seconds?|secondi|sekunden|secondes|segundos|mins?|minutes?|minuti|minuten|minutos|hours?|ore|stunden|heures|horas|days?|giorni|tage|jours|d[ií]as|times|volte|mal|fois|veces|vezes|[kmg]b|px`;
// A unit's letter before a dot or slash and another letter is an abbreviation's ("2.1 s.d. 2.7", Indonesian
// "up to"; "s/d"), not seconds.
const QUANTITY = new RegExp(String.raw`(?<![\w.])\d+(?:[.,]\d+)*\s*(?:${UNITS})(?![\p{L}]|[./]\p{L})`, "giu");

/** The text with its quantities ("1.5 seconds", "2.5 MB") blanked out, positions kept. */
export function blankQuantities(text: string): string {
  return text.replace(QUANTITY, (q) => " ".repeat(q.length));
}

const T_ONE = new RegExp(`^(${T_ID})(?!\\w)(?:${RANGE_DASH}(${T_ID})(?!\\w))?`);
const KEY_ONE = new RegExp(`^(${KEY_ID_SOURCE})(?!\\w)(?:${RANGE_DASH}(${KEY_ID_SOURCE})(?!\\w))?`);
const NUM_ONE = new RegExp(`^(${NUM_ID})(?![\\w.]*\\w)(?:${RANGE_DASH}(${NUM_ID})(?!\\w))?`);
const NUM_ONE_AFTER_TASK =
  /^(\d+(?:\.\d+)*)(?![\w.]*\w)(?:\s*(?:-|–|—|\bto\b|\bthrough\b)\s*(\d+(?:\.\d+)*)(?!\w))?/;

/** Matches one reference (ID or range) at the start of `text`; a bare integer needs the word "task". */
function readOne(
  text: string,
  style: IdStyle,
  taskWordSeen: boolean,
): { ref: WrittenReference; length: number } | null {
  const one = style === "key" ? KEY_ONE : T_ONE;
  const m = (style === "numbered" ? (taskWordSeen ? NUM_ONE_AFTER_TASK : NUM_ONE) : one).exec(text);
  if (!m) return null;
  return { ref: { from: m[1] as string, to: m[2] ?? null }, length: m[0].length };
}

/**
 * Reads a list of references at the start of `text`: `T012, T013 and T014`, `T004-T010`, `T006 + T007`,
 * `task 2.1`. Returns the references and how many characters they span (0 when there are none).
 */
export function readReferenceList(
  text: string,
  style: IdStyle,
): { references: WrittenReference[]; length: number } {
  const references: WrittenReference[] = [];
  let rest = text;
  let consumed = 0;
  let taskWord = false;
  const skip = (n: number): void => {
    rest = rest.slice(n);
    consumed += n;
  };
  for (;;) {
    const filler = FILLER.exec(rest) ?? GLOSSED_NAME.exec(rest);
    if (filler && filler[0].length > 0) {
      if (/task/i.test(filler[0])) taskWord = true;
      skip(filler[0].length);
      continue;
    }
    break;
  }
  let end = 0;
  for (;;) {
    const space = /^\s*/.exec(rest)?.[0].length ?? 0;
    skip(space);
    const taskPrefix = /^tasks?\s+/i.exec(rest);
    if (taskPrefix) {
      taskWord = true;
      skip(taskPrefix[0].length);
    }
    const one = readOne(rest, style, taskWord);
    if (!one) break;
    references.push(one.ref);
    skip(one.length);
    end = consumed;
    // "T012's" or "(T012)" end the list naturally; separators continue it.
    const paren = /^\s*\([^()]{0,80}\)/.exec(rest);
    const afterParen = paren ? rest.slice(paren[0].length) : rest;
    const sep = SEPARATOR.exec(afterParen);
    if (!sep) break;
    skip((paren ? paren[0].length : 0) + sep[0].length);
  }
  return { references, length: end };
}

// Where a sub-task number may start: not inside a longer token nor after a version's mark.
const NUMBER_START = new RegExp(String.raw`${NOT_AFTER_VERSION_MARK}(?=\d+(?:\.\d+)*)`, "g");

/** Every reference in `text`, with or without a phrase (for structured fields such as `**Depends**:`). */
export function findAllReferences(text: string, style: IdStyle): WrittenReference[] {
  const out: WrittenReference[] = [];
  const starter =
    style === "numbered"
      ? NUMBER_START
      : new RegExp(`(?<![\\w])(?=${style === "key" ? KEY_ID_SOURCE : T_ID})`, "g");
  let from = 0;
  for (const m of text.matchAll(starter)) {
    if (m.index < from) continue;
    const list = readReferenceList(text.slice(m.index), style === "none" ? "t" : style);
    if (list.references.length === 0) {
      // Numbered fields write bare numbers ("Depends on: 3"): accept a lone integer here.
      if (style === "numbered") {
        const n = /^\d+(?:\.\d+)*/.exec(text.slice(m.index));
        if (n) {
          out.push({ from: n[0], to: null });
          from = m.index + n[0].length;
        }
      }
      continue;
    }
    out.push(...list.references);
    from = m.index + list.length;
  }
  return out;
}

/** Finds dependency phrases followed by task references: "depends on T012", "after task 2.1", "once T007 lands". */
export function findDependencyPhrases(text: string, style: IdStyle): DependencyPhrase[] {
  if (style === "none") return [];
  const out: DependencyPhrase[] = [];
  const readable = blankQuantities(text);
  for (const m of text.matchAll(PHRASES)) {
    // "Depends on: T028", "Blocked by: T004": a colon may stand between the phrase and its tasks.
    const phraseEnd = m.index + m[0].length;
    const start = phraseEnd + (/^\s*[:：]/.exec(text.slice(phraseEnd))?.[0].length ?? 0);
    const list = readReferenceList(readable.slice(start, start + 400), style);
    if (list.references.length === 0) continue;
    out.push({
      text: text.slice(m.index, start + list.length).replace(/\s+/g, " "),
      index: m.index,
      end: start + list.length,
      references: list.references,
      opensClause: opensClause(text, m.index),
    });
  }
  return out;
}

function opensClause(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s*_]/.test(text[i] ?? "")) i--;
  if (i < 0) return true;
  return "(;:—–.-[".includes(text[i] ?? "");
}
