import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main.js";
import { MAX_TASKS_PER_RUN } from "../../../src/runner/implement.js";
import { RefusedStartError } from "../../../src/runner/run-errors.js";
import { maestroBranches, startCase, useFaultCases } from "./fault-harness.js";
import { captureIo } from "../../support/run-cli.js";

useFaultCases("fifty-thousand-tasks");

function bigList(count: number, ticked = 0): string {
  const lines = ["# Tasks", ""];
  for (let i = 1; i <= count; i += 1) {
    lines.push(
      `- [${i <= ticked ? "X" : " "}] T${String(i).padStart(5, "0")} [P] Task ${i} in \`src/m${i % 500}.ts\``,
    );
  }
  return `${lines.join("\n")}\n`;
}

describe("a task list with 50,000 tasks", () => {
  it("maestro implement refuses it before any agent runs, with a clear error; maestro plan still plans it", async () => {
    const c = startCase({ "specs/001/tasks.md": bigList(50_000) });
    const ran = join(c.repo.root, "agent-ran");
    const agent = c.repo.script("agent.sh", `touch "${ran}"\n`);

    const error = await c.run({ agent: { command: [agent] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedStartError);
    expect((error as RefusedStartError).reason).toBe("too-many-tasks");
    expect((error as Error).message).toBe(
      `specs/001/tasks.md: 50000 tasks to run; maestro implement runs at most ${MAX_TASKS_PER_RUN} per run (use --only or split the list)`,
    );
    expect(MAX_TASKS_PER_RUN).toBe(1000);
    expect(c.events).toEqual([]);
    expect(existsSync(ran)).toBe(false);
    expect(existsSync(join(c.repo.root, "work"))).toBe(false);
    expect(existsSync(join(c.repo.repo, ".git", "maestro"))).toBe(false);
    expect(maestroBranches(c.repo)).toEqual([]);

    // The CLI turns it into exit code 2 and one line naming the file.
    let cap = captureIo(c.repo.repo);
    expect(await main(["implement", "specs/001/tasks.md", "--agent-cmd", agent], cap.io)).toBe(2);
    expect(cap.err()).toBe(
      "maestro: specs/001/tasks.md: 50000 tasks to run; maestro implement runs at most 1000 per run (use --only or split the list)\n",
    );
    cap = captureIo(c.repo.repo);
    expect(await main(["implement", "specs/001/tasks.md", "--dry-run"], cap.io)).toBe(2);

    cap = captureIo(c.repo.repo);
    expect(await main(["plan", "specs/001/tasks.md", "--json"], cap.io)).toBe(0);
    const plan = JSON.parse(cap.out()) as { tasks: unknown[]; waves: unknown[] };
    expect(plan.tasks).toHaveLength(50_000);
    expect(plan.waves.length).toBeGreaterThan(0);
    expect(existsSync(ran)).toBe(false);
  });

  it("counts only the tasks to run: ticked ones and those outside --only do not count", async () => {
    const c = startCase({ "specs/001/tasks.md": bigList(5_000, 4_998) });
    const agent = c.repo.script("agent.sh", 'echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"\n');
    const summary = await c.run({ agent: { command: [agent] } });
    expect(summary.done.sort()).toEqual(["T04999", "T05000"]);

    const d = bigList(1_500);
    c.repo.write("specs/002/tasks.md", d);
    c.repo.git("add", ".");
    c.repo.git("commit", "--quiet", "-m", "second list");
    const only = await c.run({
      agent: { command: [agent] },
      tasksPath: "specs/002/tasks.md",
      only: ["T00007"],
    });
    expect(only.done).toEqual(["T00007"]);
    await expect(c.run({ agent: { command: [agent] }, tasksPath: "specs/002/tasks.md" })).rejects.toThrow(
      "specs/002/tasks.md: 1499 tasks to run",
    );
  });
});
