import { readFile, writeFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { tickTasks } from "../core/edit/tick-tasks.js";
import type { Task } from "../core/model/task.js";
import { repoRelative } from "./repo-relative.js";
import type { RunContext, RunLedger } from "./run-context.js";

/**
 * Ticks the wave's merged tasks `[X]` in their task lists and commits that (`maestro: tick ... (wave N)`),
 * so a resumed run never runs them again. A line that cannot be found is noted, not fatal.
 */
export async function tickMergedTasks(
  ctx: RunContext,
  ledger: RunLedger,
  wave: number,
  merged: string[],
): Promise<void> {
  const changed: string[] = [];
  for (const [source, tasks] of bySource(ctx, merged)) {
    const file = await tickFile(ctx, ledger, source, tasks);
    if (file !== null) changed.push(file);
  }
  if (changed.length === 0) return;
  ctx.options.onStep?.(`tick-written:${wave}`);
  await ctx.main.commitPaths(changed, `maestro: tick ${merged.join(", ")} (wave ${wave})`, [
    `Maestro-Run: ${ctx.options.runId}`,
  ]);
}

function bySource(ctx: RunContext, ids: string[]): Map<string, Task[]> {
  const grouped = new Map<string, Task[]>();
  for (const id of ids) {
    const task = ctx.tasks.get(id) as Task;
    grouped.set(task.source, [...(grouped.get(task.source) ?? []), task]);
  }
  return grouped;
}

/** Ticks `tasks` in one file; returns its repository path when it changed, else null. */
async function tickFile(
  ctx: RunContext,
  ledger: RunLedger,
  source: string,
  tasks: Task[],
): Promise<string | null> {
  const abs = isAbsolute(source) ? source : resolve(ctx.repoTop, source);
  let text: string;
  try {
    text = await readFile(abs, "utf8");
  } catch {
    return null;
  }
  const result = tickTasks(
    text,
    tasks.map((t) => ({ id: t.id, line: t.line })),
  );
  const shown = repoRelative(ctx.repoTop, abs);
  if (result.missing.length > 0) {
    ledger.notes.push(`could not tick ${result.missing.join(", ")} in ${shown}: line not found`);
  }
  if (result.text === text) return null;
  await writeFile(abs, result.text);
  return shown;
}
