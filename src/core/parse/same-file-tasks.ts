import type { Task, TaskList } from "../model/task.js";

// "In the same file, add the brand panel", "Same file as T004: ...", "dans le même fichier", "en el mismo
// archivo", "in derselben Datei", "nello stesso file", "w tym samym pliku", "в том же файле", "同じファイル".
const SAME_FILE =
  /(?<![\p{L}])(?:(?:the\s+)?same\s+file|m[eê]me\s+fichier|mism[oa]\s+(?:archivo|fichero)|mesmo\s+arquivo|derselben\s+datei|gleichen\s+datei|stesso\s+file|tym\s+samym\s+pliku|том\s+же\s+файле|同じファイル|同一文件|같은\s*파일)(?![\p{L}])/iu;
const NAMED_TASK = /^\s+(?:as|que|wie|di|co|что\s+и)\s+(?:in\s+)?([A-Z]+\d+(?:\.\d+)*|\d+(?:\.\d+)+)/iu;

/**
 * A task that names no file of its own but says it works in "the same file" edits the files of the task it
 * names ("same file as T004") or, else, of the nearest task listed before it that names files: a chain of
 * "In the same file, ..." tasks all edit one file, and must not share a wave.
 */
export function settleSameFileTasks(list: TaskList): TaskList {
  const byId = new Map<string, Task>();
  let previous: Task | null = null;
  const tasks = list.tasks.map((task) => {
    const settled = withSameFile(task, previous, byId);
    byId.set(settled.id, settled);
    if (settled.files.length > 0 && !settled.group) previous = settled;
    return settled;
  });
  return { ...list, tasks };
}

function withSameFile(task: Task, previous: Task | null, byId: ReadonlyMap<string, Task>): Task {
  if (task.files.length > 0 || task.group) return task;
  const text = `${task.title}\n${task.body}`;
  const said = SAME_FILE.exec(text);
  if (!said) return task;
  const named = NAMED_TASK.exec(text.slice(said.index + said[0].length))?.[1];
  const source = named === undefined ? previous : (byId.get(named) ?? null);
  if (source === null || source.source !== task.source) return task;
  const files = source.files.filter((f) => !f.endsWith("/"));
  if (files.length === 0) return task;
  const pathLines = { ...task.pathLines, ...Object.fromEntries(files.map((f) => [f, task.line])) };
  return { ...task, files, pathLines };
}
