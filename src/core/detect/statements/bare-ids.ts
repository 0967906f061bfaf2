import { bareNumberedFrom, carriedTopLevelFrom } from "./find-task-references.js";
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

/** The bare numbers a text opens with, one list of them ("4.3 and 4.4", "2.1, 2.2"). */
function openingList(bare: readonly FoundReference[], folded: string): FoundReference[] {
  const out: FoundReference[] = [];
  let end = folded.search(/\S/);
  for (const b of bare) {
    if (out.length === 0 ? b.start !== end : !LIST_JOINER.test(folded.slice(end, b.start))) break;
    out.push(b);
    end = b.end;
  }
  return out;
}
