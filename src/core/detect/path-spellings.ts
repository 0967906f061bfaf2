import type { Task } from "../model/task.js";
import { namesFile } from "../parse/known-file-names.js";

// Names found in many folders of one repository: written bare, they mean the one at the root.
const PER_FOLDER_NAMES =
  /^(?:readme|changelog|license|contributing|index|__init__|mod|lib|main|page|layout|route|\+page|\+layout|\+server|package|tsconfig|cargo|go|pyproject|setup|requirements|dockerfile|makefile|values|chart|build|pom|settings|config|\.gitignore|\.env)(?:\.[\w.]+)?$/i;

/**
 * The paths one written path stands for across a list, where tasks spell one file two ways: a bare file
 * name (`CartTest.java`) also stands for the one path the list names with a folder and that name
 * (`src/test/CartTest.java`). Names in many folders (`README.md`, `index.ts`) and names the list gives
 * several folders are left as written.
 */
export function listPathSpellings(tasks: readonly Task[]): (path: string) => string[] {
  const named = new Set(tasks.flatMap((t) => [...t.files, ...(t.reads ?? []), ...(t.addsTo ?? [])]));
  const byName = new Map<string, string[]>();
  for (const path of named) {
    const slash = path.lastIndexOf("/");
    if (slash < 0 || path.endsWith("/") || !namesFile(path)) continue;
    const name = path.slice(slash + 1);
    byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  return (path) => {
    const full = byName.get(path) ?? [];
    return path.includes("/") || full.length !== 1 || PER_FOLDER_NAMES.test(path) ? [path] : [path, ...full];
  };
}
