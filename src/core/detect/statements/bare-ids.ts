import { bareNumberedFrom, carriedTopLevelFrom } from "./find-task-references.js";
import { ONLY_WORDS } from "./exclusive-needs.js";
import { findMarkers } from "./find-markers.js";
import type { ReadingContext } from "./reading-context.js";
import type { FoundReference } from "./statement-types.js";

/**
 * A numbered list's notes (the list's own and its tasks') name tasks by bare number where a relation word governs them: after it
 * ("Depende da 2.1"), or before it when its object comes first ("setzt 2.1 voraus", "2.1の後").
 */
export function withBareIds(rc: ReadingContext, folded: string, refs: FoundReference[]): FoundReference[] {
  const starts = findMarkers(folded).flatMap((m) => {
    if (m.type === "parallel") return m.takesObject ? [m.start] : [];
    return m.type !== "relation" ? [] : [m.word.object === "precedes" ? 0 : m.start];
  });
  if (starts.length === 0) return refs;
  // A note may open with the sub-tasks it speaks of ("5.3 builds its table on ... this produces", "4.3 and
  // 4.4 both import this").
  const opening = openingList(bareNumberedFrom(rc.ctx, folded, 0), folded);
  const from = Math.min(...starts);
  const carried = carriedTopLevelFrom(rc.ctx, folded, from);
  const bare = [...opening, ...bareNumberedFrom(rc.ctx, folded, from), ...carried].filter(
    (b, i, all) =>
      !refs.some((r) => r.start < b.end && b.start < r.end) &&
      all.findIndex((o) => o.start === b.start) === i,
  );
  return [...refs, ...bare].sort((a, b) => a.start - b.start);
}

const LIST_JOINER = /^\s*(?:,|&|\+|\/|,?\s*(?:and|or|e|y|et|und|i|a|и))?\s*$/iu;

// "Only 2.2 waits for 2.1", "nur 2.2 wartet auf 2.1": a word of exclusion may open the list.
const ONLY_OPENING = new RegExp(String.raw`^\s*(?:(?:${ONLY_WORDS})\s+)?`, "iu");
const CLAUSE_START = /[.;!?]\s+/g;

/**
 * The bare numbers a text, or a clause of it after a stop or semicolon, opens with: one list of them
 * ("4.3 and 4.4", "2.1, 2.2", "... at once; only 2.2 waits for 2.1").
 */
function openingList(bare: readonly FoundReference[], folded: string): FoundReference[] {
  const starts = [0, ...[...folded.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length)];
  return starts.flatMap((start) => listAt(bare, folded, start));
}

function listAt(bare: readonly FoundReference[], folded: string, start: number): FoundReference[] {
  const out: FoundReference[] = [];
  let end = start + (ONLY_OPENING.exec(folded.slice(start))?.[0].length ?? 0);
  for (const b of bare) {
    if (b.start < start) continue;
    if (out.length === 0 ? b.start !== end : !LIST_JOINER.test(folded.slice(end, b.start))) break;
    out.push(b);
    end = b.end;
  }
  return out;
}
