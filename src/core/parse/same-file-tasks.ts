import type { Task, TaskList } from "../model/task.js";

// "In the same file, add the brand panel", "Same file as T004: ...", "dans le même fichier", "en el mismo
// archivo", "in derselben Datei", "nello stesso file", "w tym samym pliku", "в том же файле", "同じファイル".
const SAME_FILE =
  /(?<![\p{L}])(?:(?:the\s+)?same\s+file|m[eê]me\s+fichier|mism[oa]\s+(?:archivo|fichero)|mesmo\s+arquivo|derselben\s+datei|gleichen\s+datei|stesso\s+file|tym\s+samym\s+pliku|том\s+же\s+файле|同じファイル|同一文件|같은\s*파일)(?![\p{L}])/iu;
const NAMED_TASK = /^\s+(?:as|que|wie|di|co|что\s+и)\s+(?:in\s+)?([A-Z]+\d+(?:\.\d+)*|\d+(?:\.\d+)+)/iu;
// "Add archive() to the same repository", "en el mismo servicio": the kind of thing one file holds, which an
// earlier task named by its file. It ends the noun phrase: "the same repository pattern" is a way of
// writing code, and "the same service as the billing one" compares.
const SAME_KIND =
  /(?<![\p{L}])(?:the\s+same|l[ea]\s+m[êe]me|el\s+mismo|la\s+misma|o\s+mesmo|a\s+mesma|(?:der|die|das|dem|den)selben?)\s+(repository|repositorio|repositório|service|servicio|serviço|controller|contrôleur|controlador|component|composant|componente|komponente|page|screen|view|store|router|handler|schema|migration|dto|module|class|classe|clase|klasse)(?=\s*(?:$|[,.;:)]|\s(?:to|in|on|and|with|for|so|but|et|y|e|und|dans|en|em|a|à)(?![\p{L}])))/iu;
// "same values file as OPS-39", "the same Helm file as T004": a file some words describe, and the task named
// after it. Said by a task that names files of its own, it edits that one too.
const SAME_NAMED_FILE =
  /(?<![\p{L}])same\s+((?:[\p{L}-]+\s+){0,2})file\s+as\s+([A-Z]+-?\d+(?:\.\d+)*|\d+(?:\.\d+)+)(?![\p{L}\p{N}])/iu;
// What is one file in most languages: any file the earlier task names.
const ANY_FILE_KIND = /^(?:module|class|classe|clase|klasse)$/i;

/**
 * A task that names no file of its own but says it works in "the same file" edits the files of the task it
 * names ("same file as T004") or, else, of the nearest task listed before it that names files: a chain of
 * "In the same file, ..." tasks all edit one file, and must not share a wave.
 */
export function settleSameFileTasks(list: TaskList): TaskList {
  const byId = new Map<string, Task>();
  // The tasks naming files so far, in list order: the nearest earlier one is found from the end.
  const named: Task[] = [];
  const tasks = list.tasks.map((task) => {
    const settled = withSameFile(task, named, byId);
    byId.set(settled.id, settled);
    if (settled.files.length > 0 && !settled.group) named.push(settled);
    return settled;
  });
  return { ...list, tasks };
}

/**
 * The task with the files it works in when it says "the same file": those of the task it names ("as
 * T004"), else of the nearest earlier task naming files; or "the same repository" (service, ...): the file
 * of that kind the nearest earlier task names.
 */
function withSameFile(task: Task, earlier: readonly Task[], byId: ReadonlyMap<string, Task>): Task {
  if (task.group) return task;
  const text = `${task.title}\n${task.body}`;
  if (task.files.length > 0) return withNamedTasksFile(task, text, byId);
  const said = SAME_FILE.exec(text);
  if (!said) return withFiles(task, sameKindFile(text, task, earlier));
  const named = NAMED_TASK.exec(text.slice(said.index + said[0].length))?.[1];
  const source = named === undefined ? nearestEarlier(task, earlier, () => true) : byId.get(named);
  return source?.source === task.source
    ? withFiles(
        task,
        source.files.filter((f) => !f.endsWith("/")),
      )
    : task;
}

/** A task naming its own files that says it also edits the same file as an earlier task. */
function withNamedTasksFile(task: Task, text: string, byId: ReadonlyMap<string, Task>): Task {
  const said = SAME_NAMED_FILE.exec(text);
  const source = said ? byId.get(said[2] ?? "") : undefined;
  if (!said || source?.source !== task.source) return task;
  // The words say which of its files: "values" is values-staging.yaml, "Deployment" worker-deployment.yaml.
  const words = (said[1] ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const described = (f: string): boolean =>
    words.length === 0 || words.some((w) => (f.split("/").pop() ?? "").toLowerCase().includes(w));
  return withFiles(
    task,
    source.files.filter((f) => !f.endsWith("/") && !task.files.includes(f) && described(f)),
  );
}

/** The file of that kind the nearest earlier task names ("promotions.repository.ts" for a repository). */
function sameKindFile(text: string, task: Task, earlier: readonly Task[]): string[] {
  const kind = SAME_KIND.exec(text)?.[1]?.toLowerCase();
  if (kind === undefined) return [];
  // "repositorio" and "repository" share a stem; a file's name holds it.
  const ofKind = (f: string): boolean =>
    !f.endsWith("/") &&
    (ANY_FILE_KIND.test(kind) || (f.split("/").pop() ?? "").toLowerCase().includes(kind.slice(0, 5)));
  const file = nearestEarlier(task, earlier, (t) => t.files.some(ofKind))?.files.find(ofKind);
  return file === undefined ? [] : [file];
}

/**
 * The nearest task before `task` that `fits`, among those of its own document: another file of a phase
 * folder is another document, whose tasks' files are not this one's.
 */
function nearestEarlier(task: Task, earlier: readonly Task[], fits: (t: Task) => boolean): Task | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const t = earlier[i] as Task;
    if (t.source === task.source && fits(t)) return t;
  }
  return undefined;
}

/** The task with more files, each found on the task's own line. */
function withFiles(task: Task, files: readonly string[]): Task {
  if (files.length === 0) return task;
  const pathLines = { ...task.pathLines, ...Object.fromEntries(files.map((f) => [f, task.line])) };
  return { ...task, files: [...task.files, ...files], pathLines };
}
