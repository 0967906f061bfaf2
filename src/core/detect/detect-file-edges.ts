import type { Edge } from "../model/edge.js";
import type { PathUse, Task } from "../model/task.js";
import { opensWithCreation } from "./creation-verbs.js";
import type { DetectionContext } from "./detection-context.js";
import { listPathSpellings } from "./path-spellings.js";

/** One path of a task and what the task does with it. */
interface Use {
  path: string;
  use: PathUse;
  /** As the task wrote it, when the list spells it otherwise (`Cart.java` for `src/shop/Cart.java`). */
  written: string;
}

/** What earlier tasks did to each path, as the list is walked in order. */
interface Seen {
  /** Path -> the last task that edits it (writes a file, creates or works on a folder as a whole). */
  editor: Map<string, { task: Task; use: PathUse }>;
  /** Folder -> the tasks that put new files in it since it was last edited as a whole. */
  adders: Map<string, Task[]>;
  /** Folder -> the edited paths and the folders given new files that lie inside it. */
  inside: Map<string, Set<string>>;
  position: Map<string, number>;
  /** File -> the tasks that write it, in list order, each with the path as it wrote it. */
  writers: Map<string, Array<{ task: Task; written: string }>>;
}

/**
 * File edges: the earlier task goes first when two tasks edit one path, when one creates or works on a
 * folder as a whole and the other names something inside it, when one reads what the other (earlier)
 * edits, and when one puts new files in a folder where the other (later) edits or reads a file. Two
 * readers, two tasks adding new files to one folder, and a reader listed before a writer are not
 * ordered. Each path is chained to its nearest earlier editor, so the edge count stays near linear.
 */
export function detectFileEdges(ctx: DetectionContext): void {
  const seen: Seen = {
    editor: new Map(),
    adders: new Map(),
    inside: new Map(),
    position: new Map(),
    writers: new Map(),
  };
  const spellings = listPathSpellings(ctx.list.tasks);
  for (const [i, task] of ctx.list.tasks.entries()) {
    if (task.group) continue;
    seen.position.set(task.id, i);
    const uses = usesOf(task, spellings);
    for (const u of uses) linkEarlier(ctx, seen, task, u);
    for (const u of uses) record(seen, task, u);
  }
  chainWriters(ctx, seen.writers);
}

/**
 * Tasks writing one file wait each for the writer listed before it. They conflict whichever goes first,
 * so the edge is marked `shared`: the cycle breaker may turn it round where the authors' words put the
 * later one first ("User Story 4 depends on User Story 1" where US1's late tasks edit US4's file). The
 * first writer stays first when its title creates something ("Create the router in routes.ts").
 */
function chainWriters(ctx: DetectionContext, writers: Seen["writers"]): void {
  for (const [path, list] of writers) {
    for (let i = 1; i < list.length; i++) {
      const [earlier, later] = [list[i - 1], list[i]] as [Writer, Writer];
      const spelt = later.written === path ? "" : ` (${later.task.id} spells it ${later.written})`;
      const pinned = i === 1 && opensWithCreation(earlier.task.title);
      link(ctx, earlier.task, later.task, `both name ${path}${spelt}`, later.written, { file: path, pinned });
    }
  }
}

type Writer = { task: Task; written: string };

/** A use that writes a file (not a folder): such writers are chained by chainWriters. */
function writesFile(u: Use): boolean {
  return u.use === "writes" && !u.path.endsWith("/");
}

/** The task's paths as the list spells them, each once with its strongest use (edits before reads). */
function usesOf(task: Task, spellings: (path: string, task: Task) => string[]): Use[] {
  const creates = new Set(task.creates ?? []);
  const written: Use[] = [
    ...task.files.map((path): Use => ({
      path,
      use: creates.has(path) ? "creates" : "writes",
      written: path,
    })),
    ...(task.addsTo ?? []).map((path): Use => ({ path, use: "adds-to", written: path })),
    ...(task.reads ?? []).map((path): Use => ({ path, use: "reads", written: path })),
  ];
  const out = new Map<string, Use>();
  for (const u of written) {
    for (const path of spellings(u.path, task)) if (!out.has(path)) out.set(path, { ...u, path });
  }
  return [...out.values()];
}

function linkEarlier(ctx: DetectionContext, seen: Seen, task: Task, u: Use): void {
  const spelt = u.written === u.path ? "" : ` (${task.id} spells it ${u.written})`;
  const add = (from: Task, why: string): void => link(ctx, from, task, `${why}${spelt}`, u.written);
  const exact = seen.editor.get(u.path);
  const bothWrite = exact?.use === "writes" && writesFile(u);
  if (exact && exact.task !== task && !bothWrite) add(exact.task, exactReason(exact, task, u));
  for (const folder of foldersOf(u.path)) {
    const owner = seen.editor.get(folder);
    if (owner && owner.task !== task)
      add(owner.task, `${did(owner.task, folder, owner.use)}, where ${did(task, u.path, u.use)}`);
  }
  // New files put in a folder may be the file this task edits or reads: not when it only adds files too.
  if (u.use !== "adds-to") {
    const covered = exact ? (seen.position.get(exact.task.id) ?? -1) : -1;
    for (const folder of [...foldersOf(u.path), ...(u.path.endsWith("/") ? [u.path] : [])]) {
      for (const adder of seen.adders.get(folder) ?? []) {
        if (adder === task || (seen.position.get(adder.id) ?? -1) < covered) continue;
        add(adder, `${adder.id} adds files to ${folder}, where ${did(task, u.path, u.use)}`);
      }
    }
  }
  if (!u.path.endsWith("/") || u.use === "adds-to") return;
  for (const child of seen.inside.get(u.path) ?? []) {
    const owner = seen.editor.get(child);
    if (owner && owner.task !== task)
      add(owner.task, `${did(task, u.path, u.use)}, which holds ${child} (${owner.task.id})`);
    for (const adder of seen.adders.get(child) ?? []) {
      if (adder !== task) add(adder, `${did(task, u.path, u.use)}, where ${adder.id} adds files to ${child}`);
    }
  }
}

function record(seen: Seen, task: Task, u: Use): void {
  if (u.use === "reads") return;
  if (u.use === "adds-to") {
    const list = seen.adders.get(u.path) ?? [];
    if (!list.includes(task)) list.push(task);
    seen.adders.set(u.path, list);
  } else {
    if (writesFile(u)) {
      const list = seen.writers.get(u.path) ?? [];
      if (!list.some((w) => w.task === task)) list.push({ task, written: u.written });
      seen.writers.set(u.path, list);
    }
    seen.editor.set(u.path, { task, use: u.use });
    // Edited as a whole or created: the tasks that added files to it are behind this one now.
    if (u.path.endsWith("/")) seen.adders.delete(u.path);
  }
  for (const folder of foldersOf(u.path)) {
    let set = seen.inside.get(folder);
    if (!set) seen.inside.set(folder, (set = new Set()));
    set.add(u.path);
  }
}

function exactReason(earlier: { task: Task; use: PathUse }, later: Task, u: Use): string {
  const folder = u.path.endsWith("/");
  if (earlier.use === "writes" && u.use === "writes") return `both work on ${u.path} as a whole`;
  if (u.use === "reads") {
    const how = earlier.use === "creates" ? "creates" : folder ? "works on as a whole" : "writes";
    return `${later.id} reads ${u.path}, which ${earlier.task.id} ${how}`;
  }
  return `${did(earlier.task, u.path, earlier.use)}, where ${did(later, u.path, u.use)}`;
}

/** "T003 creates src/models/", "T007 writes src/models/user.ts", "T009 works on src/ as a whole". */
function did(task: Task, path: string, use: PathUse): string {
  if (use === "creates") return `${task.id} creates ${path}`;
  if (use === "adds-to") return `${task.id} adds files to ${path}`;
  if (use === "reads") return `${task.id} reads ${path}`;
  return path.endsWith("/") ? `${task.id} works on ${path} as a whole` : `${task.id} writes ${path}`;
}

function link(
  ctx: DetectionContext,
  from: Task,
  to: Task,
  why: string,
  path: string,
  shared?: Edge["shared"],
): void {
  const line = to.pathLines?.[path] ?? to.line;
  ctx.edges.add({
    from: from.id,
    to: to.id,
    kind: "file",
    reason: `file: ${why} (${ctx.at(from, from.line)}, ${from.source === to.source ? `:${line}` : ctx.at(to, line)})`,
    stated: false,
    origin: "file",
    line,
    ...(shared === undefined ? {} : { shared }),
  });
}

/** `a/b/c.ts` -> `a/`, `a/b/`; `a/b/` -> `a/`. */
function foldersOf(path: string): string[] {
  const out: string[] = [];
  const trimmed = path.endsWith("/") ? path.slice(0, -1) : path;
  for (let i = trimmed.indexOf("/"); i >= 0; i = trimmed.indexOf("/", i + 1))
    out.push(trimmed.slice(0, i + 1));
  return out;
}
