import { warnAbout, type ReadingContext } from "./reading-context.js";
import type { FoundReference } from "./statement-types.js";

// "the US1/US2 tasks its task bodies name", "the Phase 3 tasks that they import", "the US1 items named in
// their own lines": a story or phase that only qualifies "tasks", narrowed by a relative clause about
// what the subject's own tasks name, means some of its tasks. Which ones, the tasks' own words say (and
// those are read there); the group as a whole binds nothing. A clause about anything else ("the US1 tasks
// that are listed above", "the US1 tasks, which must be merged first") leaves the whole group.
const HEAD = String.raw`(?:tasks?|sub-?tasks?|items?|ones|pieces|parts)`;
const OWN_WORDS = String.raw`(?:it|they|(?:its|their|each|this|that)\s+(?:own\s+)?(?:(?:task|story)\s+)?(?:bod(?:y|ies)|lines?|descriptions?|texts?|tasks?|notes?|titles?))`;
const NAMING = String.raw`(?:names?|mentions?|references?|cites?|uses?|imports?|calls?|reads?|points?\s+(?:to|at))`;
const NAMED_IN = String.raw`(?:named|mentioned|referenced|cited|used|imported|called)\s+(?:in|by)\s+(?:its|their|each)\b`;
const RESTRICTED = new RegExp(
  String.raw`^\s*${HEAD}\s+(?:(?:(?:that|which)\s+)?${OWN_WORDS}\s+(?:(?:also|explicitly|directly)\s+)?${NAMING}\b|${NAMED_IN})`,
  "iu",
);
// What joins the groups of one qualifier: "US1/US2", "US1 and US2", "US1, US2 or US3".
const JOINER = /^\s*(?:[/,&+]|and|or)\s*$/iu;

/**
 * The references without the groups that only qualify some of their own tasks, each dropped with a
 * warning that quotes the words.
 */
export function withoutRestrictedGroups(
  rc: ReadingContext,
  folded: string,
  refs: readonly FoundReference[],
  lineAt: (offset: number) => number,
): FoundReference[] {
  const dropped = new Set<FoundReference>();
  for (let i = 0; i < refs.length; i++) {
    let last = i;
    while (refs[last]?.target.level === "group" && joinsNext(folded, refs, last)) last++;
    const run = refs.slice(i, last + 1);
    const end = run.at(-1)?.end ?? 0;
    if (run.every((r) => r.target.level === "group") && RESTRICTED.test(folded.slice(end))) {
      run.forEach((r) => dropped.add(r));
      const words = folded.slice(
        run[0]?.start ?? 0,
        end + (RESTRICTED.exec(folded.slice(end))?.[0].length ?? 0),
      );
      warnAbout(
        rc,
        lineAt(run[0]?.start ?? 0),
        `"${words.trim()}" names only some tasks of the group, the ones its tasks' own words name; those words relate them, the group as a whole makes no edge`,
      );
    }
    i = last;
  }
  return refs.filter((r) => !dropped.has(r));
}

function joinsNext(folded: string, refs: readonly FoundReference[], i: number): boolean {
  const here = refs[i];
  const next = refs[i + 1];
  return (
    here !== undefined && next?.target.level === "group" && JOINER.test(folded.slice(here.end, next.start))
  );
}
