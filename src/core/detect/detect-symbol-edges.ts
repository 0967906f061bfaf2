import type { Task } from "../model/task.js";
import { classifyTask } from "./classify-task.js";
import { codeNameOfFile, codeNames, nameKey } from "./code-names.js";
import { createdName } from "./creation-verbs.js";
import type { DetectionContext } from "./detection-context.js";
import { isTestPath } from "./test-file-conventions.js";
import { withoutPaths } from "./without-paths.js";
import { readableText } from "./detect-explicit-edges.js";

interface Creation {
  task: Task;
  name: string;
  /** How the task creates it: the file that declares it, or its title. */
  how: string;
}

/**
 * Symbol edges: a task that uses a code name (a class, module or function spelled as code:
 * `UserRepository`, `fetch_orders`) comes after the task that creates it, even when the two tasks name no
 * common file. A task creates a name when it names a file called so (`UserEntity.java`), or when its title
 * says it creates something and the name is the first one the title mentions. The first task listed that
 * creates a name owns it; every other task mentioning it waits for that one, wherever it is listed.
 */
export function detectSymbolEdges(ctx: DetectionContext): void {
  const tasks = ctx.list.tasks.filter((t) => !t.group);
  const creators = findCreators(tasks);
  if (creators.size === 0) return;
  // A test names what it tests, which may not exist yet: the cue and tested-work rules order tests.
  for (const task of tasks.filter((t) => classifyTask(t) !== "test")) {
    for (const name of codeNames(withoutPaths(readableText(task.title, task.body)))) {
      const creation = creators.get(nameKey(name));
      if (!creation || creation.task === task) continue;
      ctx.edges.add({
        from: creation.task.id,
        to: task.id,
        kind: "symbol",
        reason: `symbol: ${creation.task.id} creates ${creation.name} (${creation.how}), which ${task.id} names (${ctx.at(creation.task, creation.task.line)}, ${ctx.at(task, task.line)})`,
        stated: false,
        origin: "symbol",
        line: task.line,
      });
    }
  }
}

function isCodeName(word: string): boolean {
  return codeNames(word)[0] === word;
}

/** Each created name (by its key) and the first task listed that creates it. */
function findCreators(tasks: readonly Task[]): Map<string, Creation> {
  const creators = new Map<string, Creation>();
  for (const task of tasks) {
    for (const creation of creationsOf(task)) {
      const key = nameKey(creation.name);
      if (!creators.has(key)) creators.set(key, creation);
    }
  }
  return creators;
}

function creationsOf(task: Task): Creation[] {
  const out: Creation[] = [];
  // A test file is named after what it tests; it does not create that name.
  for (const file of task.files.filter((f) => !isTestPath(f))) {
    const name = codeNameOfFile(file);
    if (name) out.push({ task, name, how: file });
  }
  const titled = createdName(task.title, isCodeName);
  if (titled) out.push({ task, name: titled, how: "its title" });
  return out;
}
