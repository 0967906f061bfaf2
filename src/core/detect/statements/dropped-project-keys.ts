import type { TaskList } from "../../model/task.js";
import type { DetectionContext } from "../detection-context.js";
import type { FoundReference } from "./statement-types.js";

// "133 sits behind 132", "add 132 and 135 to what it waits for", "111–115": people on a tracker drop the
// project part of a key their whole list shares when they talk about the issues. Not a number glued to a
// word, a path, a version or a unit ("000002_outbox.sql", "v1.22", "120s"), never a leading zero (keys
// are not written with one), nor a day after its month ("March 10") or a count ("batches of 10"; "all of 111–115" names a set).
const NUMBER =
  /(?<![\w.#$/-])([1-9]\d+)(?:(?:\s*[-–—]\s*|\s+(?:to|through|thru)\s+)([1-9]\d+))?(?![\w%]|[./-]\d|\/)/g;
const COUNTED =
  /(?:^|[^\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|(?<!(?:all|each|any|both|none|some|either|neither|one|most|many)\s+)of|every|per|than|about|around|approx|up\s+to|at\s+(?:most|least)|x|~)\.?\s*$/iu;
const projectOf = new WeakMap<TaskList, string | null>();

/**
 * The tasks a keyed list's notes name by number alone (`NTF-133` as "133"), where every task's key is one
 * project's key and a number (`NTF-101` ... `NTF-160`); a number the list has no key for names nothing.
 * `text` has its quantities blanked (findTaskReferences does it); `taken`: the references already found,
 * whose spans a number inside them must not repeat.
 */
export function droppedProjectKeys(
  ctx: DetectionContext,
  text: string,
  taken: readonly FoundReference[],
): FoundReference[] {
  const project = singleProject(ctx.list);
  if (project === null) return [];
  const out: FoundReference[] = [];
  for (const m of text.matchAll(NUMBER)) {
    if (taken.some((r) => r.start <= m.index && m.index < r.end)) continue;
    if (COUNTED.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const [first, last] = [Number(m[1]), Number(m[2] ?? m[1])];
    if (last < first || last - first > 50) continue;
    const ids: string[] = [];
    for (let n = first; n <= last; n++) if (ctx.byId.has(`${project}-${n}`)) ids.push(`${project}-${n}`);
    if (ids.length === 0 || !ctx.byId.has(`${project}-${first}`)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, target: { level: "task", ids, written: m[0] } });
  }
  return out;
}

/** The one project all of a keyed list's tasks belong to (`NTF` for `NTF-101` ...), or null. */
function singleProject(list: TaskList): string | null {
  let project = projectOf.get(list);
  if (project === undefined) {
    const prefixes = new Set(list.tasks.map((t) => /^([A-Z][A-Z0-9]*)-\d+$/.exec(t.id)?.[1] ?? ""));
    const only = [...prefixes][0] ?? "";
    project = prefixes.size === 1 && only !== "" && list.tasks.length >= 2 ? only : null;
    projectOf.set(list, project);
  }
  return project;
}
