import { describe, expect, it } from "vitest";
import type { Task } from "../../../src/core/model/task.js";
import { renderAgentPrompt } from "../../../src/core/render/render-agent-prompt.js";

const task: Task = {
  id: "T012",
  title: "Add the login form in `src/login.ts`",
  source: "specs/002/tasks.md",
  line: 31,
  phase: null,
  section: null,
  stories: ["US1"],
  parallel: true,
  done: false,
  files: ["src/login.ts"],
  body: "- validate the email",
  declared: [],
  dependencyField: false,
  script: null,
  group: false,
  children: [],
  authorWave: null,
};

describe("renderAgentPrompt", () => {
  it("gives the task, its files, the spec and plan paths and the rules", () => {
    expect(
      renderAgentPrompt({
        task,
        tasksPath: "specs/002/tasks.md",
        specPath: "specs/002/spec.md",
        planPath: null,
        wave: 2,
        runId: "r1",
        reportFile: "/work/reports/T012.json",
      }),
    ).toMatchInlineSnapshot(`
      "# Task T012: Add the login form in \`src/login.ts\`

      You are implementing one task of a feature, in a git worktree of its own (maestro run r1, wave 2).
      Other tasks run in parallel in other worktrees and are merged after you finish.

      ## Details

      - validate the email

      ## Files this task is expected to touch

      - \`src/login.ts\`

      ## Context

      - Task list: \`specs/002/tasks.md\` (line 31)
      - Feature spec: \`specs/002/spec.md\`

      ## Rules

      - Change only what this task needs. Do not start other tasks of the list.
      - Do not edit \`specs/002/tasks.md\`: maestro ticks the task when its work is merged.
      - Leave your changes in the working tree (or commit them); maestro commits whatever is left.
      - Exit with status 0 when the task is done, non-zero when it cannot be done.
      - If you find that this task needs another task's work first, or you touched files not listed above, say so
        by writing JSON to \`/work/reports/T012.json\` (also in $MAESTRO_REPORT_FILE):
        \`{"dependsOn": ["T010"], "files": ["src/x.ts"]}\`.
      "
    `);
  });
});
