import type { Task } from "../model/task.js";
import type { DetectionContext } from "./detection-context.js";

/**
 * Import edges: a task editing a file that imports a file another task edits depends on that task (the
 * nearest earlier one naming the imported file, else the nearest later one). `imports` comes from an
 * adapter that reads the repository (`maestro plan --repo`).
 */
export function detectImportEdges(
  ctx: DetectionContext,
  imports: ReadonlyMap<string, readonly string[]>,
): void {
  const namers = new Map<string, Task[]>();
  const tasks = ctx.list.tasks.filter((t) => !t.group);
  const position = new Map(tasks.map((t, i) => [t.id, i]));
  for (const task of tasks) {
    for (const path of task.files) {
      let list = namers.get(path);
      if (!list) namers.set(path, (list = []));
      list.push(task);
    }
  }
  for (const task of tasks) {
    const here = position.get(task.id) ?? 0;
    for (const file of task.files) {
      for (const imported of imports.get(file) ?? []) {
        if (imported === file) continue;
        const candidates = (namers.get(imported) ?? []).filter((t) => t !== task);
        if (candidates.length === 0) continue;
        const earlier = candidates.filter((t) => (position.get(t.id) ?? 0) < here);
        const source = earlier.length > 0 ? earlier[earlier.length - 1] : candidates[0];
        if (!source) continue;
        ctx.edges.add({
          from: source.id,
          to: task.id,
          kind: "import",
          reason: `import: ${file} (${task.id}) imports ${imported} (${source.id})`,
          stated: false,
          origin: "import",
          line: null,
        });
      }
    }
  }
}
