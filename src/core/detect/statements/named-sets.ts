import type { TaskList } from "../../model/task.js";
import { foldText } from "./fold-text.js";
import type { FoundReference } from "./statement-types.js";

/**
 * Words naming a set of tasks the list defines in its own prose: "Batch B", "Wave 2", "Round C", "Bundle A".
 * Unlike a track (a heading the tasks sit under), a set is defined by a line listing its tasks.
 */
export const SET_WORDS = String.raw`batch(?:es)?|waves?|rounds?|bundles?`;
/** A set's label: one letter or a number (matched on lower-cased text, so the class spells its letters). */
export const SET_LABEL = String.raw`(?:[a-z]|\d+)(?![a-z0-9])`;

// "**Batch B** (after Batch A): T009–T012", "- Batch K: T027, T028, T029 (starts when ...)": a line opening
// with a set's name, and after a colon the tasks it holds.
const DEFINITION = new RegExp(
  String.raw`^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(${SET_WORDS})\s+(${SET_LABEL})\s*(?:\*\*|__)?[^:\n]*?:\s*(.*)$`,
  "iu",
);
const ID = String.raw`[A-Z]+-?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)+`;
// The tasks right after the colon: IDs and ranges joined by commas, "and", arrows; up to the first other word.
const MEMBERS = new RegExp(
  String.raw`^(?:(?:${ID})(?:\s*(?:[-–—]|\.\.|to|through)\s*(?:${ID}))?(?:\s*(?:,|&|and|→|->|⟶)\s*|\s*$|(?=[\s.;(])))+`,
  "u",
);
const ONE = new RegExp(String.raw`(${ID})(?:\s*(?:[-–—]|\.\.|to|through)\s*(${ID}))?`, "gu");

/** "batch b" -> the tasks the list's prose says the set holds ("**Batch B** (after Batch A): T009–T012"). */
export function namedSetsOf(list: TaskList): Map<string, string[]> {
  const ids = list.tasks.filter((t) => !t.group).map((t) => t.id);
  const at = new Map(list.tasks.map((t, i) => [t.id, i]));
  const sets = new Map<string, string[]>();
  for (const note of list.notes ?? []) {
    if (note.code !== null) continue;
    const m = DEFINITION.exec(note.text);
    if (!m) continue;
    const key = setKey(m[1] ?? "", m[2] ?? "");
    const members = membersOf(m[3] ?? "", ids, at);
    if (members.length > 0 && !sets.has(key)) sets.set(key, members);
  }
  return sets;
}

/** "Batches" and "B" -> "batch b": one key for a set however its word is inflected. */
export function setKey(word: string, label: string): string {
  const singular = foldText(word)
    .toLowerCase()
    .replace(/(?:es|s)$/, "")
    .replace(/^batche?$/, "batch");
  return `${singular} ${label.toLowerCase()}`;
}

function membersOf(text: string, ids: readonly string[], at: ReadonlyMap<string, number>): string[] {
  const run = MEMBERS.exec(text.replace(/\*\*|`/g, ""))?.[0] ?? "";
  const out: string[] = [];
  for (const m of run.matchAll(ONE)) {
    const [from, to] = [m[1] ?? "", m[2] ?? null];
    if (!at.has(from)) continue;
    if (to === null || !at.has(to)) {
      out.push(from);
      continue;
    }
    const [lo, hi] = [at.get(from) ?? 0, at.get(to) ?? 0];
    out.push(...ids.filter((id) => (at.get(id) ?? -1) >= lo && (at.get(id) ?? -1) <= hi));
  }
  return [...new Set(out)];
}

/**
 * The tasks of the sets named ("Batches E, G and L", "Batches G to J": each letter from G to J); none
 * when the list defines none of them. A lower-case letter after the first label is a word ("Batch B and a
 * test"), not a label.
 */
export function namedSetTasks(written: string, sets: ReadonlyMap<string, readonly string[]>): string[] {
  const word = /^\S+/.exec(written)?.[0] ?? "";
  const parts = written.slice(word.length).split(/\s*(?:,|&|\band\b|\bto\b|\bthrough\b|[-–])\s*/i);
  const ranges = /\b(?:to|through)\b|[-–]/i.test(written);
  const labels = parts.map((p) => p.trim()).filter((p, i) => p !== "" && (i === 0 || !/^[a-z]$/.test(p)));
  const keys = ranges && labels.length === 2 ? letterRange(labels[0] ?? "", labels[1] ?? "") : labels;
  return [...new Set(keys.flatMap((label) => sets.get(setKey(word, label)) ?? []))];
}

/** "G" to "J" -> G, H, I, J; numbers likewise. */
export function letterRange(from: string, to: string): string[] {
  const [a, b] = [from.toUpperCase().charCodeAt(0), to.toUpperCase().charCodeAt(0)];
  if (/^\d+$/.test(from) && /^\d+$/.test(to))
    return Array.from({ length: Math.max(0, Number(to) - Number(from) + 1) }, (_, i) =>
      String(Number(from) + i),
    );
  return b < a ? [from, to] : Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i));
}

// A capital letter standing alone, where a name may end: "both B and C", "B, C or D".
const BARE_LABEL = /(?<![\p{L}\p{N}])([A-Z])(?![\p{L}\p{N}])(?=\s*(?:$|[,.;:)]|and\b|or\b|&))/gu;

/**
 * In a sentence that names a set ("Batch D waits for both B and C"), a bare capital letter that labels
 * another set of that word is that set.
 */
export function bareSetLabels(
  text: string,
  word: string,
  sets: ReadonlyMap<string, readonly string[]>,
): FoundReference[] {
  const out: FoundReference[] = [];
  for (const m of text.matchAll(BARE_LABEL)) {
    const ids = sets.get(setKey(word, m[1] ?? ""));
    if (ids === undefined) continue;
    const written = m[1] ?? "";
    out.push({
      start: m.index,
      end: m.index + 1,
      target: { level: "group", phases: [], ids: [...ids], written },
    });
  }
  return out;
}
