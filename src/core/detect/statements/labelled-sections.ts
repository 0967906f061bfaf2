import type { Task, TaskList } from "../../model/task.js";
import { foldText } from "./fold-text.js";
import { letterRange } from "./named-sets.js";
import type { FoundReference, Target } from "./statement-types.js";
import { regExpLiteral } from "../../parse/reg-exp-literal.js";

/** "bloque" -> "E" -> the tasks under "## Bloque E — Validación": sections a list labels with one word. */
export type LabelledSections = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

// A heading that opens with a word and a label, a capital letter or a number: "Bloque A — Inventario",
// "Block 2: Loaders", "Part C".
const LABELLED_HEADING = /^[^\p{L}\p{N}]*(\p{L}[\p{L}'-]{1,24})\s+([A-Z]|\d{1,3})(?![\p{L}\p{N}])/u;

/**
 * The sections a list labels with one word of its own choosing ("## Bloque A", "## Bloque B", ...): a word
 * counts when at least two headings open with it and different labels, so "Bloque E" in the list's prose
 * can only mean the tasks under that heading, whatever the word and its language.
 */
export function labelledSectionsOf(list: TaskList): LabelledSections {
  const found = new Map<string, Map<string, string[]>>();
  for (const task of list.tasks) {
    if (task.group) continue;
    const headings = [task.section, task.phase === null ? null : list.phases[task.phase]?.title];
    for (const heading of new Set(headings)) {
      const m = heading ? LABELLED_HEADING.exec(foldText(heading)) : null;
      if (!m) continue;
      const word = (m[1] ?? "").toLowerCase();
      const labels = found.get(word) ?? new Map<string, string[]>();
      found.set(word, labels);
      const ids = labels.get(m[2] ?? "");
      if (ids) ids.push(task.id);
      else labels.set(m[2] ?? "", [task.id]);
    }
  }
  return new Map([...found].filter(([, labels]) => labels.size >= 2));
}

/**
 * The section whose introduction a line under `heading` is ("## Step 3: Outbox" under the word "step",
 * the line before the section's first task), as the group of its tasks; null when the heading labels none
 * of the list's sections, only a part of one ("### Task 1.2"), or only shares a section's label without
 * holding its tasks ("### Phase 3 (US1): example" in a section of examples), or the line comes after a
 * task of the section (notes after the tasks may speak of anything).
 */
export function sectionIntroduced(
  heading: string | undefined,
  line: number,
  sections: LabelledSections,
  byId: ReadonlyMap<string, Task>,
): Target | null {
  if (heading === undefined) return null;
  const folded = foldText(heading);
  const m = LABELLED_HEADING.exec(folded);
  if (!m || /^\.\d/.test(folded.slice(m.index + m[0].length))) return null;
  const ids = sections.get((m[1] ?? "").toLowerCase())?.get(m[2] ?? "") ?? [];
  const lines = ids.flatMap((id) => {
    const task = byId.get(id);
    return task !== undefined && task.section === heading ? [task.line] : [];
  });
  if (lines.length === 0 || line > Math.min(...lines)) return null;
  return { level: "group", phases: [], ids: [...ids], written: heading };
}

// Between two labels of one phrase: a list ("C y D", "B, C and E") or a range ("B–D", "B to D", "B bis D").
const RANGE_GAP = /^\s*(?:[-–—]|to|through|bis|hasta|ate|até|jusqu'a|fino\s+a|tot)\s*$/iu;
const LIST_GAP = /^\s*(?:[,&/]|\p{L}{1,3})\s*$|^\s*,\s*\p{L}{1,3}\s*$/u;

/**
 * The labelled sections a piece of (folded) text names: "Bloque E", "los Bloques C y D", "Blocks B–D". A
 * label must be one of the word's own (as its heading writes it), so "Bloque a" or "block chain" is none.
 */
export function findLabelledSections(text: string, sections: LabelledSections): FoundReference[] {
  const out: FoundReference[] = [];
  for (const [word, labels] of sections) {
    for (const m of text.matchAll(phraseOf(word, labels))) {
      const named = [m[1] ?? ""];
      let end = m.index + m[0].length;
      for (const next of followingLabels(text, end, labels)) {
        named.push(...(next.range ? letterRange(named.pop() ?? "", next.label) : [next.label]));
        end = next.end;
      }
      const ids = [...new Set(named.flatMap((l) => labels.get(l) ?? []))];
      if (ids.length > 0)
        out.push({
          start: m.index,
          end,
          target: { level: "group", phases: [], ids, written: text.slice(m.index, end) },
        });
    }
  }
  return out;
}

// Each word's phrase, built once per list: the reader looks for it in every sentence.
const phrases = new WeakMap<ReadonlyMap<string, readonly string[]>, RegExp>();

/** "Bloque E", "Bloques C": the word, a plural ending, then one of its labels as its headings write it. */
function phraseOf(word: string, labels: ReadonlyMap<string, readonly string[]>): RegExp {
  const known = phrases.get(labels);
  if (known) return known;
  const label = [...labels.keys()].map((l) => l.replace(/\d+/, (d) => `${d}(?!\\d)`)).join("|");
  const phrase = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${regExpLiteral(word)}(?:s|es|en|e|i)?\s+(${label})(?![\p{L}\p{N}])`,
    "giu",
  );
  phrases.set(labels, phrase);
  return phrase;
}

/** The labels of the same word right after a first one: "C y D", ", E and F", "–D". */
function followingLabels(
  text: string,
  from: number,
  labels: ReadonlyMap<string, readonly string[]>,
): Array<{ label: string; range: boolean; end: number }> {
  const out: Array<{ label: string; range: boolean; end: number }> = [];
  let at = from;
  for (;;) {
    const m = /^(.{0,12}?)([A-Z]|\d{1,3})(?![\p{L}\p{N}])/u.exec(text.slice(at));
    const gap = m?.[1] ?? "";
    if (!m || !labels.has(m[2] ?? "") || !(RANGE_GAP.test(gap) || LIST_GAP.test(gap))) return out;
    at += m[0].length;
    out.push({ label: m[2] ?? "", range: RANGE_GAP.test(gap), end: at });
  }
}

// A capital letter standing alone as a name: not inside a word, a path, a key ("K-2") or an initial ("J.").
const BARE_LETTER = /(?<![\p{L}\p{N}'’./-])[A-Z](?![\p{L}\p{N}'’/-]|\.\s*[A-Z]\.)/gu;
const ANY_BARE_LETTER = new RegExp(BARE_LETTER.source, "u");
/** Whether a text may name a section by its bare letter: the list labels sections so and it has one. */
export function mayNameBareLabel(text: string, sections: LabelledSections): boolean {
  const letters = [...sections.values()].some((labels) => [...labels.keys()].some((l) => /^[A-Z]$/.test(l)));
  return letters && ANY_BARE_LETTER.test(text);
}

// A word after which a lone capital letter is the thing related: "before A is merged", "depend on B".
const RELATION_BEFORE =
  /(?:^|\s)(?:before|after|until|till|once|on|upon|for|from|than|behind|ahead\s+of)\s+$/iu;
// A verb of relation right after a lone capital letter, which makes the letter its subject ("B depends on
// A", "D comes last"): an article is followed by a noun, not by these.
const RELATION_AFTER =
  /^\s+(?:depends|needs|waits|requires|blocks|precedes|follows|comes|goes|starts|runs|can|must|should|has\s+to|is\s+(?:blocked|last|first|independent))(?![\p{L}])/iu;

/**
 * Sections named by their bare labels where the list labels its sections with letters ("## Part A", "##
 * Part B"): a list or range of two or more of those letters ("B, C and D all import the models", "until A
 * to F are merged"), or one right after a word of relation ("before A is merged", "depend on B") or before
 * a verb of one ("B depends on A"). A letter that labels sections of several words, or none, names nothing.
 */
export function findBareLabels(text: string, sections: LabelledSections): FoundReference[] {
  const owners = new Map<string, ReadonlyMap<string, readonly string[]>[]>();
  for (const labels of sections.values())
    for (const label of labels.keys())
      // "I" alone is the English pronoun ("I can take B"), never taken for a section.
      if (/^[A-HJ-Z]$/.test(label)) owners.set(label, [...(owners.get(label) ?? []), labels]);
  if (owners.size === 0) return [];
  const out: FoundReference[] = [];
  const letters = [...text.matchAll(BARE_LETTER)];
  for (let i = 0; i < letters.length; i++) {
    const first = letters[i] as RegExpExecArray;
    const labels = owners.get(first[0]);
    if (labels?.length !== 1) continue;
    const named = [first[0]];
    let end = first.index + 1;
    for (const next of followingLabels(text, end, labels[0] as ReadonlyMap<string, readonly string[]>)) {
      named.push(...(next.range ? letterRange(named.pop() ?? "", next.label) : [next.label]));
      end = next.end;
      i++;
    }
    const lone = !RELATION_BEFORE.test(text.slice(0, first.index)) && !RELATION_AFTER.test(text.slice(end));
    if (named.length < 2 && lone) continue;
    const ids = [...new Set(named.flatMap((l) => labels[0]?.get(l) ?? []))];
    out.push({
      start: first.index,
      end,
      target: { level: "group", phases: [], ids, written: text.slice(first.index, end) },
    });
  }
  return out;
}
