import type { Marker } from "./find-markers.js";
import type { FoundReference } from "./statement-types.js";
import { patternList, type WordList } from "./word-matcher.js";
import { CLAUSE_BOUNDARIES } from "./words/conjunction-words.js";

let boundaries: WordList<string> | null = null;

type RelationMarker = Extract<Marker, { type: "relation" }>;

/**
 * Adds the verb a coordinated clause leaves out ("T006 waits for T004, and T007 for T005", "T010 wartet
 * auf T005 und T012 auf T011"): after a conjunction, a reference followed straight by the preposition that
 * ends a relation word before it is the subject of a clause of its own, whose relation is that word. The
 * preposition is marked with it, so the clause splits there; without it, T007 would be one more thing T006
 * waits for. A reference followed by anything else ("and T007 goes last") is left as it is.
 */
export function withGappedVerbs(
  text: string,
  markers: readonly Marker[],
  refs: readonly FoundReference[],
): Marker[] {
  boundaries ??= patternList(CLAUSE_BOUNDARIES);
  // Found only for a sentence with a relation word ending in a preposition: most sentences have none.
  let cuts: Array<{ start: number; end: number }> | null = null;
  const added: RelationMarker[] = [];
  for (const marker of markers) {
    if (marker.type !== "relation" || marker.word.object !== "follows") continue;
    const preposition = lastWordOf(text.slice(marker.start, marker.end));
    const dashes = /[—–]/.test(text.slice(marker.end));
    if (preposition === null && !dashes) continue;
    cuts ??= boundaries.findAll(text);
    const next = markers.find((m) => m.start >= marker.end)?.start ?? text.length;
    for (const cut of cuts.filter((c) => c.start > marker.end && c.end < next)) {
      const gap =
        (preposition === null ? null : gappedPreposition(text, cut.end, preposition, refs)) ??
        (dashes ? gappedDash(text, cut.end, refs) : null);
      // "T006 starts after T004, and T007 after T005": a word of its own already relates that clause.
      if (gap === null || markers.some((m) => m.start <= gap.start && gap.start < m.end)) continue;
      added.push({ ...marker, ...gap });
    }
  }
  return [...markers, ...added].sort((a, b) => a.start - b.start);
}

/** The preposition a relation word of two words or more ends with ("waits for", "hängt von"), else null. */
function lastWordOf(words: string): string | null {
  const match = /\s([a-z]{2,6})$/i.exec(words.trim());
  return match?.[1] ?? null;
}

/** Where the preposition stands when a reference and then it follow a conjunction, else null. */
function gappedPreposition(
  text: string,
  from: number,
  preposition: string,
  refs: readonly FoundReference[],
): { start: number; end: number } | null {
  const subject = refs.find((r) => r.start >= from && !/\S/.test(text.slice(from, r.start)));
  if (subject === undefined) return null;
  const after = new RegExp(`^\\s+${preposition}(?=\\s)`, "i").exec(text.slice(subject.end));
  if (after === null) return null;
  const start = subject.end + after[0].length - preposition.length;
  return { start, end: start + preposition.length };
}

// Items of one list: a comma, "and" and its kin between them.
const LIST_JOIN = /^\s*(?:,|&|\+|,?\s*(?:and|or|e|y|et|und|i|a|и|oraz))?\s*$/iu;

/**
 * Where a dash stands for the verb left out ("T004 needs T002, and T005 — T001"; Polish "4.3 wymaga 4.2, a
 * 4.4 i 4.5 — 4.1"): after a conjunction, a list of references, a spaced em or en dash, then a reference.
 */
function gappedDash(
  text: string,
  from: number,
  refs: readonly FoundReference[],
): { start: number; end: number } | null {
  let i = refs.findIndex((r) => r.start >= from && !/\S/.test(text.slice(from, r.start)));
  if (i < 0) return null;
  while (i + 1 < refs.length && LIST_JOIN.test(text.slice(refs[i]?.end, refs[i + 1]?.start))) i++;
  const end = refs[i]?.end ?? 0;
  const dash = /^\s+([—–])\s+/.exec(text.slice(end));
  if (dash === null || !refs.some((r) => r.start === end + dash[0].length)) return null;
  const start = end + dash[0].indexOf(dash[1] ?? "");
  return { start, end: start + 1 };
}
