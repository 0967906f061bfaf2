import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { initRepository } from "../scripts/init-repository.js";

/** Where benchmark 2's task list sits inside the generated repository. */
export const EXECUTION_TASKS_PATH = "specs/001-bench/tasks.md";

/**
 * Benchmark 2's task list: 12 script tasks in 3 phases (6 parts, 3 joins that each name two parts, 3
 * finals that each name one join), so maestro plans waves of 6, 3 and 3. Each task writes its own file
 * and sleeps `sleepMs`: the "agent" costs exactly that, and the rest of the wall time is maestro's.
 */
export function executionTaskList(sleepMs: number): string {
  const seconds = (sleepMs / 1000).toFixed(3);
  const id = (n: number) => `T${String(n).padStart(3, "0")}`;
  const task = (n: number, title: string, file: string, deps: number[]) => {
    const refs = deps.map((d) => ` (depends on ${id(d)})`).join("");
    return [
      `- [ ] ${id(n)} [P] ${title} in \`${file}\`${refs}`,
      "",
      "  ```sh",
      `  mkdir -p "$(dirname '${file}')"`,
      `  echo '${id(n)}' > '${file}'`,
      `  sleep ${seconds}`,
      "  ```",
      "",
    ];
  };
  const lines = ["# Tasks: benchmark feature", "", "## Phase 1: Parts", ""];
  for (let i = 1; i <= 6; i++) lines.push(...task(i, `Create part ${i}`, `src/part-${i}.txt`, []));
  lines.push("## Phase 2: Joins", "");
  for (let i = 1; i <= 3; i++) {
    lines.push(
      ...task(6 + i, `Join parts ${2 * i - 1} and ${2 * i}`, `src/join-${i}.txt`, [2 * i - 1, 2 * i]),
    );
  }
  lines.push("## Phase 3: Finals", "");
  for (let i = 1; i <= 3; i++) lines.push(...task(9 + i, `Finish join ${i}`, `src/final-${i}.txt`, [6 + i]));
  return lines.join("\n");
}

/** Creates a git repository at `dir` (on `main`, one commit) holding benchmark 2's task list. */
export function createExecutionRepo(dir: string, sleepMs: number): void {
  mkdirSync(join(dir, "specs", "001-bench"), { recursive: true });
  writeFileSync(join(dir, "README.md"), "# benchmark repository\n");
  writeFileSync(join(dir, EXECUTION_TASKS_PATH), executionTaskList(sleepMs));
  initRepository(dir, { identity: "bench", message: "benchmark task list" });
}
