import { bareNumberedFrom, carriedTopLevelFrom } from "./find-task-references.js";
import { ONLY_WORDS } from "./exclusive-needs.js";
import { findMarkers } from "./find-markers.js";
import { placedHere } from "./read-position.js";
import type { ReadingContext } from "./reading-context.js";
import type { FoundReference } from "./statement-types.js";
import { CONJUNCTIONS } from "./words/exception-words.js";

/**
 * A numbered list's notes (the list's own and its tasks') name tasks by bare number where a relation word governs them: after it
 * ("Depende da 2.1"), or before it when its object comes first ("setzt 2.1 voraus", "2.1の後").
 */
export function withBareIds(rc: ReadingContext, folded: string, refs: FoundReference[]): FoundReference[] {
  const starts = findMarkers(folded).flatMap((m) => {
    if (m.type === "parallel") return m.takesObject ? [m.start] : [];
    return m.type !== "relation" ? [] : [m.word.object === "precedes" ? 0 : m.start];
  });
  // "15.3 goes last", "4.2 is the last merge of the feature": a list said to stand first or last.
  const placed = openingLists(bareNumberedFrom(rc.ctx, folded, 0), folded)
    .filter((list) => placedHere(folded, list[list.length - 1] as FoundReference))
    .flat();
  if (starts.length === 0)
    return placed.length > 0 ? [...refs, ...placed].sort((a, b) => a.start - b.start) : refs;
  // A note may open with the sub-tasks it speaks of ("5.3 builds its table on ... this produces", "4.3 and
  // 4.4 both import this").
  const numbers = bareNumberedFrom(rc.ctx, folded, 0);
  const opening = [...openingList(numbers, folded), ...conjunctSubjects(numbers, folded, starts)];
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
  return openingLists(bare, folded).flat();
}

/** The opening list of each clause that has one, clause by clause. */
function openingLists(bare: readonly FoundReference[], folded: string): FoundReference[][] {
  const starts = [0, ...[...folded.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length)];
  return starts
    .map((start) => {
      const list = listAt(bare, folded, start);
      if (list.length > 0) return list;
      const imperative = IMPERATIVE_OPENING.exec(folded.slice(start));
      return imperative === null ? [] : listAt(bare, folded, start + imperative[0].length);
    })
    .filter((list) => list.length > 0);
}

// "Merge 3.2 only after 4.1", "Don't start 5.1 until 11.3 is merged", "Commencer 2.3 après 2.1": a verb of
// work in the imperative (or the infinitive of an instruction) opening the clause takes the list right
// after it as its object: the tasks the clause's relation is about.
const WORK_VERBS = String.raw`start|begin|merge|land|ship|run|schedule|pick\s+up|take\s+on|tackle|hold(?:\s+back)?|deploy|release|implement|build|finish|starte|beginne|commence[rz]?|lance[rz]?|fusionne[rz]?|empie(?:za|zar|ce)|comien(?:za|zar|ce)|fusiona[r]?|inicia[r]?|comece|começar|avvia(?:re)?|inizia(?:re)?`;
const IMPERATIVE_OPENING = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:(?:do\s+not|don['’]t|never|ne\s+pas|no|não|non)\s+)?(?:${WORK_VERBS})\s+(?:(?:the\s+)?(?:sub-?)?tasks?\s+)?`,
  "iu",
);

// A comma and a conjunction that open a coordinated clause ("..., und 9.3 erst, nachdem 9.1 ...").
const CONJUNCT_START = new RegExp(String.raw`,\s*(?:${CONJUNCTIONS})\s+`, "giu");
// At most one word ("erst", "only") between a list and the relation word it is the subject of.
const UP_TO_ONE_WORD = /^\s*(?:\p{L}+\s*)?$/u;

/**
 * "9.2 wird geschrieben, wenn ..., und 9.3 erst, nachdem 9.1 ...": a coordinated clause opened by a comma
 * and a conjunction whose list stands right before a relation word has that list as its subject. Not a
 * list further from the word ("..., and 2.3 as well; after 2.1"): it may be an object of the clause before.
 */
function conjunctSubjects(
  bare: readonly FoundReference[],
  folded: string,
  markers: number[],
): FoundReference[] {
  return [...folded.matchAll(CONJUNCT_START)].flatMap((m) => {
    const list = listAt(bare, folded, m.index + m[0].length);
    const end = list[list.length - 1]?.end;
    if (end === undefined) return [];
    return markers.some((at) => at >= end && UP_TO_ONE_WORD.test(folded.slice(end, at))) ? list : [];
  });
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
