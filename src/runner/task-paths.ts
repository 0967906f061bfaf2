import { join } from "node:path";

/** Where one attempt of one task lives (its worktree is a slot's, see slot-pool.ts). */
export interface TaskPaths {
  branch: string;
  log: string;
  prompt: string;
  report: string;
  script: string;
  taskDir: string;
}

/** Names the branch and files of an attempt (attempt 1: `maestro/<run>/<id>`; later: `.../attempt-N`). */
export function taskPaths(workDir: string, runId: string, id: string, attempt: number): TaskPaths {
  const name = attempt > 1 ? `${id}.attempt-${attempt}` : id;
  return {
    branch: attempt > 1 ? `maestro/${runId}/${id}/attempt-${attempt}` : `maestro/${runId}/${id}`,
    log: join(workDir, "logs", `${name}.log`),
    prompt: join(workDir, "prompts", `${name}.md`),
    report: join(workDir, "reports", `${name}.json`),
    script: join(workDir, "scripts", `${name}.sh`),
    taskDir: join(workDir, "tasks", name),
  };
}
