import type { ListVocabulary } from "./list-vocabulary.js";
import { sectionKey } from "./list-vocabulary.js";
import type { FoundReference, Target } from "./statement-types.js";

/**
 * A section named by its whole name, as the list's own heading writes it ("every issue in Limits and
 * alerts", under "## Milestone: Limits and alerts (target May 2)"): the longest name of a section that the
 * text after "in"/"under" opens with, or null.
 */
export function namedSection(
  text: string,
  start: number,
  end: number,
  v: ListVocabulary,
): FoundReference | null {
  const opening = /\s(?:under|inside|in|within|below)\s+(?:the\s+)?/iu.exec(text.slice(start, end));
  if (!opening) return null;
  const from = start + opening.index + opening[0].length;
  const rest = text.slice(from).toLowerCase();
  const name = [...v.sectionTasks.keys()]
    .filter(
      (key) => key.includes(" ") && rest.startsWith(key) && !/^[\p{L}\p{N}]/u.test(rest.slice(key.length)),
    )
    .sort((a, b) => b.length - a.length)[0];
  if (name === undefined) return null;
  const to = from + name.length;
  const ids = v.sectionTasks.get(name) ?? [];
  return { start, end: to, target: { level: "group", phases: [], ids, written: text.slice(start, to) } };
}

/** The tasks under the sections a phrase names ("everything under Backend and Worker"), or null. */
export function sectionGroup(written: string, v: ListVocabulary): Target | null {
  const names = written
    .replace(/^.*?\s(?:under|inside|in|within|below)\s+/iu, "")
    .replace(/\s+sections?$/iu, "")
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/iu)
    .map((n) => n.replace(/^the\s+/iu, ""));
  const ids = names.flatMap((n) => v.sectionTasks.get(sectionKey(n)) ?? []);
  if (ids.length === 0) return null;
  return { level: "group", phases: [], ids, written };
}
