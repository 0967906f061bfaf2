import type { DoubtfulPath, ListNote, Task, TaskList } from "../model/task.js";
import { normalisePath } from "./extract-paths.js";
import { ELLIPSIS, elidedTail } from "./path-root.js";

// The ellipsis quoted on its own or with the folders after it ("shortened to `…/` below", "written
// `…/inspect/` below"), and any other quoted word.
const QUOTED_ELLIPSIS = /`\s*(?:…|\.{3})(?:\/([^`\s]*))?\s*`/;
const QUOTED = /`([^`\n]+)`/g;

/**
 * Paths written with an ellipsis for their leading folders (`…/api/OrderController.kt`) read against the
 * list's own key: a sentence outside the tasks that quotes the ellipsis and exactly one folder ("paths
 * below shorten it to `…/` (that is `backend/src/main/kotlin/shop/`)") says what the ellipsis stands for,
 * and every such path takes that folder instead, with a warning quoting the key. Without a key, or with
 * two keys that disagree, the paths stay as written: two tasks that write one of them still meet, and
 * a path the list names in full ends the same way meets them too (see listPathSpellings).
 */
export function expandElidedPaths(list: TaskList): TaskList {
  const uses = list.tasks.some((t) => [...t.files, ...(t.reads ?? [])].some((p) => elidedTail(p) !== null));
  if (!uses) return list;
  const key = ellipsisKey(list.notes ?? []);
  if (key === null) return list;
  const expand = (path: string): string => {
    const tail = elidedTail(path);
    return tail === null ? path : key.folder + tail;
  };
  const tasks = list.tasks.map((task) => expandTask(task, expand));
  const warning = `${list.source}:${key.line}: paths written "${ELLIPSIS}/..." are read under ${key.folder}, as the list says: "${key.quote}"`;
  return { ...list, tasks, warnings: [...list.warnings, warning] };
}

/** The folder the list says its ellipsis stands for, with the sentence; null when it says none or two. */
function ellipsisKey(notes: readonly ListNote[]): { folder: string; line: number; quote: string } | null {
  const keys = new Map<string, { folder: string; line: number; quote: string }>();
  for (const paragraph of paragraphsOf(notes)) {
    for (const sentence of paragraph.text.split(/(?<=[.!?。])\s+/u)) {
      const quoted = QUOTED_ELLIPSIS.exec(sentence);
      if (quoted === null) continue;
      const tail = quoted[1] ?? "";
      const folders = [...sentence.matchAll(QUOTED)].flatMap((m) => folderOf(m[1] ?? ""));
      const folder = folders.length === 1 ? keyFolder(folders[0] ?? "", tail) : null;
      if (folder !== null)
        keys.set(folder, { folder, line: lineOf(notes, paragraph.line), quote: sentence.trim() });
    }
  }
  return keys.size === 1 ? ([...keys.values()][0] ?? null) : null;
}

/**
 * What the ellipsis stands for, given the folder the key quotes and the folders the key writes after the
 * ellipsis ("`app/src/main/java/com/acme/inspect/` (written `…/inspect/` below)": `app/src/main/java/com/acme/`);
 * null when the folder does not end so.
 */
function keyFolder(folder: string, tail: string): string | null {
  const after = tail === "" || tail.endsWith("/") ? tail : `${tail}/`;
  return folder.endsWith(after) ? folder.slice(0, folder.length - after.length) : null;
}

/** The line of a paragraph (from `first`) that quotes the ellipsis. */
function lineOf(notes: readonly ListNote[], first: number): number {
  return notes.find((n) => n.line >= first && QUOTED_ELLIPSIS.test(n.text))?.line ?? first;
}

/** Consecutive prose lines outside code joined into one text, with the line it starts on. */
function paragraphsOf(notes: readonly ListNote[]): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let previous = -1;
  for (const note of notes) {
    const text = note.code === null ? note.text.trim() : "";
    const open = out[out.length - 1];
    if (open && text !== "" && note.line === previous + 1) open.text += ` ${text}`;
    else if (text !== "") out.push({ line: note.line, text });
    previous = note.line;
  }
  return out;
}

/** A quoted folder of the repository (`backend/src/main/kotlin/shop/`), normalised; none for anything else. */
function folderOf(quoted: string): string[] {
  if (!quoted.trim().endsWith("/")) return [];
  const normal = normalisePath(quoted.trim());
  return normal !== null && "path" in normal && elidedTail(normal.path) === null ? [normal.path] : [];
}

function expandTask(task: Task, expand: (path: string) => string): Task {
  const all = (paths: readonly string[] | undefined): string[] | undefined => paths?.map(expand);
  const lines = Object.entries(task.pathLines ?? {}).map(([path, line]) => [expand(path), line] as const);
  const doubt = (d: DoubtfulPath): DoubtfulPath => ({
    ...d,
    candidates: d.candidates.map(expand),
    assumed: d.assumed === null ? null : expand(d.assumed),
    otherwise: d.otherwise === null ? null : expand(d.otherwise),
  });
  return {
    ...task,
    files: task.files.map(expand),
    reads: all(task.reads),
    addsTo: all(task.addsTo),
    creates: all(task.creates),
    pathLines: task.pathLines === undefined ? undefined : Object.fromEntries(lines),
    doubtful: task.doubtful?.map(doubt),
  };
}
