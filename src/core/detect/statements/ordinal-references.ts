import type { DetectionContext } from "../detection-context.js";
import type { ListVocabulary } from "./list-vocabulary.js";
import type { FoundReference } from "./statement-types.js";
import { anyOf } from "./word-matcher.js";
import { ORDINAL_WORDS, ordinalNumber } from "./words/ordinal-words.js";
import { PHASE_WORDS } from "./words/phase-words.js";
import { STORY_WORDS } from "./words/story-words.js";

const ORDINAL = `(${anyOf(ORDINAL_WORDS)})`;
// Whole words on both sides; Greek and Cyrillic letters count as letters.
const EDGE_BEFORE = String.raw`(?<![\p{L}\d])`;
// A phase or story named by number right after ("the first phase 2 task") is named so, not by the ordinal.
const ORDINAL_PHASE = new RegExp(
  String.raw`${EDGE_BEFORE}${ORDINAL}\s+(?:${anyOf(PHASE_WORDS)})(?![\p{L}\d])(?!\s*(?:\d|[ivx]+\b))`,
  "giu",
);
const ORDINAL_STORY = new RegExp(
  String.raw`${EDGE_BEFORE}${ORDINAL}\s+(?:${anyOf(STORY_WORDS)})(?![\p{L}\d])(?!\s*#?\s*\d)`,
  "giu",
);
// The parent tasks of a numbered list, by the words lists use for them ("the third group", "la segunda
// sección" is not one: sections may be another document's).
const GROUP_WORD = String.raw`groups?|grupos?|groupes?|gruppen?|gruppo|gruppi|groep(?:en)?|grup(?:a|y|e|ie|ę|ą|u|i|ul|ului)?|skupin(?:a|y|e|u|ou|ach|ami|am)?|групп[аыуеой]{0,2}|груп(?:а|и|у|і|ою)`;
const ORDINAL_GROUP = new RegExp(
  String.raw`${EDGE_BEFORE}${ORDINAL}\s+(?:${GROUP_WORD})(?![\p{L}\d])(?!\s*#?\s*\d)`,
  "giu",
);
// "a second phase", "une deuxième phase", "eine zweite Gruppe": one more, not the one numbered so.
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:an?|another|une?|una|uno|um|uma|eine?[nmr]?|een)\s+$/iu;

/**
 * "the third phase", "la segunda fase", "die zweite Phase", "the second user story": the phase in that
 * place among the list's numbered phases (a list numbering from 0 has "Phase 0" first), the story by its
 * number.
 */
export function findOrdinalPhases(text: string, v: ListVocabulary): FoundReference[] {
  const numbered = [...v.phaseByNumber.entries()].filter(([n]) => /^\d+$/.test(n)).map(([, p]) => p);
  const out: FoundReference[] = [];
  for (const m of ordinals(text, ORDINAL_PHASE)) {
    const phases = numbered[m.n - 1];
    if (phases)
      out.push({
        start: m.start,
        end: m.end,
        target: { level: "group", phases, ids: [], written: m.written },
      });
  }
  for (const m of ordinals(text, ORDINAL_STORY)) {
    const phases = v.storyPhases.get(`US${m.n}`) ?? [];
    const ids = phases.length > 0 ? [] : (v.storyTasks.get(`US${m.n}`) ?? []);
    if (phases.length > 0 || ids.length > 0)
      out.push({ start: m.start, end: m.end, target: { level: "group", phases, ids, written: m.written } });
  }
  return out;
}

/** "the third group", "tretia skupina": in a numbered list, the parent task in that place. */
export function findOrdinalGroups(ctx: DetectionContext, text: string): FoundReference[] {
  if (ctx.style !== "numbered") return [];
  const parents = ctx.list.tasks.filter((t) => t.group && /^\d+$/.test(t.id));
  return ordinals(text, ORDINAL_GROUP).flatMap((m) => {
    const parent = parents[m.n - 1];
    return parent
      ? [
          {
            start: m.start,
            end: m.end,
            target: { level: "task" as const, ids: [parent.id], written: m.written },
          },
        ]
      : [];
  });
}

function ordinals(
  text: string,
  pattern: RegExp,
): { start: number; end: number; n: number; written: string }[] {
  return [...text.matchAll(pattern)].flatMap((m) => {
    const n = ordinalNumber(m[1] ?? "");
    if (n === null || INDEFINITE_BEFORE.test(text.slice(0, m.index))) return [];
    return [{ start: m.index, end: m.index + m[0].length, n, written: m[0] }];
  });
}
