import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTaskListInput } from "../../src/adapters/fs/read-task-list-input.js";
import { createDemoRepository, DEMO_TASKS } from "../../scripts/create-demo-repository.js";
import { parseTaskList } from "../../src/core/parse/parse-task-list.js";
import { runCli } from "../support/run-cli.js";

const template = join(process.cwd(), "examples/demo/repo");
const tasksPath = join(template, "specs/001-text-stats/tasks.md");
// The script agent needs the parser to read each task's fenced block (the planning core's parser does).
const parsed = parseTaskList(await readTaskListInput(tasksPath));
const parserReadsScripts = parsed.tasks.some((t) => t.script !== null);

describe("the bundled demo", () => {
  it("has 8-12 tasks, each with a fenced block", () => {
    expect(parsed.tasks.length).toBeGreaterThanOrEqual(8);
    expect(parsed.tasks.length).toBeLessThanOrEqual(12);
    expect(readFileSync(tasksPath, "utf8").match(/```sh/g)).toHaveLength(parsed.tasks.length);
  });

  it.skipIf(!parserReadsScripts)(
    "runs end to end with the script agent in 3+ waves, tests passing",
    async () => {
      const dir = createDemoRepository("maestro-demo-test-");
      try {
        const { code, out, err } = await runCli(
          ["implement", DEMO_TASKS, "--agent", "script", "--verify", "node --test", "--json"],
          dir,
          process.env,
        );
        expect(code, out + err).toBe(0);
        const events = out
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l) as { type: string; reason?: string; task?: string; wave?: number });
        expect(events.filter((e) => e.type === "wave-start").length).toBeGreaterThanOrEqual(3);
        // No task states a dependency; T001 also creates src/text.js (0.5 s, before its siblings end), which
        // T004 names: T004 is re-grouped behind T001 instead of racing it in wave 1.
        expect(events.find((e) => e.type === "regroup")?.reason).toContain("T004");
        const waveOf = (id: string) => events.find((e) => e.type === "task-start" && e.task === id)?.wave;
        expect(waveOf("T004")).toBeGreaterThan(waveOf("T001") ?? Infinity);
        expect(
          execFileSync(process.execPath, ["bin/text-stats.js"], { cwd: dir, input: "a b\nc\n" })
            .toString()
            .trim(),
        ).toBe("2 lines, 3 words, 6 characters");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
