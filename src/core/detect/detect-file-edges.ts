import type { Task } from "../model/task.js";
import type { DetectionContext } from "./detection-context.js";

/**
 * File edges: two tasks naming the same path, or a folder and a path inside it; the earlier task goes
 * first. Each path is chained to the nearest earlier task naming it, so the edge count stays linear.
 */
export function detectFileEdges(ctx: DetectionContext): void {
  const lastTask = new Map<string, Task>();
  // Folder -> paths seen inside it, so a folder task can reach them without scanning every path.
  const inside = new Map<string, Set<string>>();
  for (const task of ctx.list.tasks) {
    if (task.group) continue;
    for (const path of task.files) {
      const exact = lastTask.get(path);
      if (exact && exact !== task) link(ctx, exact, task, `both name ${path}`);
      for (const folder of foldersOf(path)) {
        const owner = lastTask.get(folder);
        if (owner && owner !== task)
          link(ctx, owner, task, `${owner.id} names ${folder}, which holds ${path}`);
      }
      if (path.endsWith("/")) {
        for (const child of inside.get(path) ?? []) {
          const owner = lastTask.get(child);
          if (owner && owner !== task)
            link(ctx, owner, task, `${task.id} names ${path}, which holds ${child}`);
        }
      }
    }
    for (const path of task.files) {
      lastTask.set(path, task);
      for (const folder of foldersOf(path)) {
        let set = inside.get(folder);
        if (!set) inside.set(folder, (set = new Set()));
        set.add(path);
      }
    }
  }
}

function link(ctx: DetectionContext, from: Task, to: Task, why: string): void {
  ctx.edges.add({
    from: from.id,
    to: to.id,
    kind: "file",
    reason: `file: ${why} (${ctx.at(from, from.line)}, ${from.source === to.source ? `:${to.line}` : ctx.at(to, to.line)})`,
    stated: false,
    origin: "file",
    line: to.line,
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
