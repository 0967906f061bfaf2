import type { Task } from "../model/task.js";
import { namesFile } from "../parse/known-file-names.js";
import { elidedTail } from "../parse/path-root.js";

// Names found in many folders of one repository: written bare, they mean the one at the root.
const PER_FOLDER_NAMES =
  /^(?:readme|changelog|license|contributing|index|__init__|mod|lib|main|page|layout|route|\+page|\+layout|\+server|package|tsconfig|cargo|go|pyproject|setup|requirements|dockerfile|makefile|values|chart|build|pom|settings|config|\.gitignore|\.env)(?:\.[\w.]+)?$/i;

/**
 * The paths one written path stands for across a list, where tasks spell one file two ways: a bare file
 * name (`CartTest.java`) also stands for the one path the list names with a folder and that name
 * (`src/test/CartTest.java`). Names in many folders (`README.md`, `index.ts`) and names the list gives
 * several folders are left as written. An extensionless path written without its closing slash
 * (`src/db`) also stands for the folder `src/db/` when the list names something inside it, so a task
 * naming the folder so still meets the tasks that name its files; not for a task that names files
 * inside it itself, as that task names the folder as their place (or where it runs a command).
 */
export function listPathSpellings(tasks: readonly Task[]): (path: string, task: Task) => string[] {
  const named = new Set(tasks.flatMap((t) => [...t.files, ...(t.reads ?? []), ...(t.addsTo ?? [])]));
  const holding = foldersHolding(named);
  const endingIn = pathsEndingIn(named);
  const rooted = underRepositoryName(named);
  const shortened = shortenedTails(named, endingIn);
  return (path, task) => {
    if (holding.has(`${path}/`) && isExtensionless(path) && !namesInside(task, `${path}/`))
      return [path, `${path}/`];
    const root = rooted.get(path);
    if (root !== undefined) return [path, root];
    const long = shortened.get(path) ?? elidedFrom(path, endingIn);
    if (long !== undefined) return [path, long];
    const full = (endingIn.get(path) ?? []).filter((p) => namesFile(p));
    return path.includes("/") || full.length !== 1 || PER_FOLDER_NAMES.test(path) ? [path] : [path, ...full];
  };
}

/**
 * A path written with an ellipsis for its leading folders (`…/api/OrderController.kt`, with no key to it in
 * the list) stands for the one path the list names in full that ends the same way.
 */
function elidedFrom(path: string, endingIn: ReadonlyMap<string, readonly string[]>): string | undefined {
  const tail = elidedTail(path);
  if (tail === null) return undefined;
  const full = (endingIn.get(tail) ?? []).filter((p) => elidedTail(p) === null);
  return full.length === 1 ? full[0] : undefined;
}

/**
 * Paths written with the repository's own folder before them (`shop-api/src/app.module.ts` where the list
 * writes `src/app.module.ts` elsewhere): a first folder only that one path uses, before a path the list
 * names under its root. Each maps to the path it stands for.
 */
function underRepositoryName(named: ReadonlySet<string>): Map<string, string> {
  const uses = new Map<string, number>();
  for (const path of named) {
    const first = path.slice(0, path.indexOf("/") + 1);
    if (first.length > 1) uses.set(first, (uses.get(first) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const path of named) {
    const slash = path.indexOf("/");
    const rest = path.slice(slash + 1);
    if (slash > 0 && uses.get(path.slice(0, slash + 1)) === 1 && rest.includes("/") && named.has(rest))
      out.set(path, rest);
  }
  return out;
}

// Folders repositories keep at their root, and packages inside them too: a path opening with one is
// written from a root (`src/config.ts` beside `tools/src/config.ts` is the main project's own).
const ROOT_FOLDERS =
  /^(?:src|lib|app|apps|test|tests|spec|docs?|packages|pkg|cmd|internal|scripts?|config|public|assets|bin|tools|vendor|build|dist|e2e|examples?|include|resources|web|server|client|frontend|backend|infra|deploy|\.github)\//i;

/**
 * Paths written without their leading folders (`metrics/webhooks.ts` where the list also names
 * `apps/api/src/metrics/webhooks.ts`): a path that ends exactly one longer path the list names, and whose
 * first folder is neither one repositories keep at their root nor one the list uses elsewhere, is that
 * path shortened. Each maps to the path it stands for.
 */
function shortenedTails(
  named: ReadonlySet<string>,
  endingIn: ReadonlyMap<string, readonly string[]>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of named) {
    if (path.indexOf("/") <= 0 || path.endsWith("/") || !namesFile(path) || ROOT_FOLDERS.test(path)) continue;
    const longer = endingIn.get(path) ?? [];
    if (longer.length === 1 && longer[0] !== undefined) out.set(path, longer[0]);
  }
  const first = (p: string): string => p.slice(0, p.indexOf("/") + 1);
  const atRoot = new Set([...named].filter((p) => !out.has(p)).map(first));
  for (const path of out.keys()) if (atRoot.has(first(path))) out.delete(path);
  return out;
}

/**
 * Every tail after a slash of every path, with the paths that end in it: `a/b/c.ts` is found under `b/c.ts`
 * and `c.ts` (a bare file name and a path written without its leading folders both look here).
 */
function pathsEndingIn(paths: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of paths) {
    for (let i = path.indexOf("/"); i >= 0 && i < path.length - 1; i = path.indexOf("/", i + 1)) {
      const tail = path.slice(i + 1);
      const longer = out.get(tail);
      if (longer) longer.push(path);
      else out.set(tail, [path]);
    }
  }
  return out;
}

/** Every folder that holds one of the paths: `a/b/c.ts` gives `a/` and `a/b/`. */
function foldersHolding(paths: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const path of paths) {
    for (let i = path.indexOf("/"); i >= 0 && i < path.length - 1; i = path.indexOf("/", i + 1))
      out.add(path.slice(0, i + 1));
  }
  return out;
}

/** `src/db`, not `src/db/`, `src/app.ts`, `build/Makefile` nor `conf.d`. */
function isExtensionless(path: string): boolean {
  const last = path.slice(path.lastIndexOf("/") + 1);
  return last.length > 0 && !last.includes(".") && !namesFile(path);
}

function namesInside(task: Task, folder: string): boolean {
  return [...task.files, ...(task.reads ?? []), ...(task.addsTo ?? [])].some((p) => p.startsWith(folder));
}
