import { referenceGroups } from "./reference-groups.js";
import type { FoundReference } from "./statement-types.js";

// "..., 3.4 and 3.5 included", "..., 3.4 et 3.5 comprises", "3.4 y 3.5 incluidas": after the run it restates.
const INCLUDED_AFTER =
  /^[\s)]*(?:included|inclusive|inclus(?:es?)?|compris(?:es?)?|inclu[ií]d[oa]s?|inclus[oaie]|eingeschlossen|inbegriffen|inclusief|inbegrepen|wlacznie|включительно)(?![\p{L}])/iu;
// "..., including 3.4 and 3.5", "y compris 3.4", "einschließlich 3.4": before it.
const INCLUDING_BEFORE =
  /(?<![\p{L}])(?:including|incl\.|y\s+compris|incluyendo|incluidas?|incluindo|inclusi|compres[ia]|einschlie(?:ss|ß)lich|inklusive|inclusief|w\s+tym|включая|в\s+том\s+числе)\s*[:(]?\s*$/iu;

/**
 * The references of a sentence without those of an aside that names members of a group the sentence
 * names already ("All of group 3 is merged before group 5 starts, 3.4 and 3.5 included": 3.4 and 3.5 are
 * in group 3, not more things group 5 waits for, nor things group 3 goes before). Only sub-tasks of a
 * numbered group also named (`3.4` in `3`) count as members; any other aside keeps its references.
 */
export function dropInclusionAsides(text: string, refs: readonly FoundReference[]): FoundReference[] {
  const dropped = new Set<FoundReference>();
  for (const run of referenceGroups(text, refs)) {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    // The aside is the end of the run it closes ("group 5, 3.4 and 3.5 included") or the start of the
    // run it opens: its longest stretch of members.
    if (INCLUDED_AFTER.test(text.slice(last.end)))
      for (let k = 0; k < run.length; k++) {
        if (!members(run.slice(k), refs)) continue;
        run.slice(k).forEach((r) => dropped.add(r));
        break;
      }
    else if (INCLUDING_BEFORE.test(text.slice(0, first.start)))
      for (let k = run.length; k > 0; k--) {
        if (!members(run.slice(0, k), refs)) continue;
        run.slice(0, k).forEach((r) => dropped.add(r));
        break;
      }
  }
  return refs.filter((r) => !dropped.has(r));
}

/** True when every task the aside names is a sub-task of a group the rest of the sentence names. */
function members(aside: readonly FoundReference[], refs: readonly FoundReference[]): boolean {
  const groups = refs.filter((r) => !aside.includes(r)).flatMap(taskIds);
  const ids = aside.flatMap(taskIds);
  return ids.length > 0 && ids.every((id) => groups.some((g) => id !== g && id.startsWith(`${g}.`)));
}

function taskIds(ref: FoundReference): readonly string[] {
  return ref.target.level === "task" ? ref.target.ids : [];
}
