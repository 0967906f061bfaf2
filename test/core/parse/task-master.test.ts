import { describe, expect, it } from "vitest";
import { onlyDoneMarksDiffer } from "../../../src/core/edit/only-done-marks-differ.js";
import { tickTasks } from "../../../src/core/edit/tick-tasks.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";
import { buildPlan } from "../../../src/core/plan/build-plan.js";

// Task files as `task-master generate` writes them: one `# Field:` line after another, subtasks under
// `# Subtasks:`. IDs are creation order: task 1 needs task 3, which was added later.
const TASK_1 = `# Task ID: 1
# Title: Export command
# Status: pending
# Dependencies: 3
# Priority: high
# Description: \`ledger export\` writes the selected entries to a file.
# Details:
Parses the flags and hands the rows to the writer.
# Test Strategy:
Run it against the sample ledger.
# Subtasks:
## 1. Flag parsing [done]
### Dependencies: None
### Description: Edit cmd/export/flags.go.
### Details:
--format, --since and --out.
## 2. Wire the writer [pending]
### Dependencies: 1, 2
### Description: Edit cmd/export/run.go.
### Details:
The bare 1 is the sibling subtask 1.1; 2 would be this subtask itself, so it is task 2.
`;
const TASK_2 = `# Task ID: 2
# Title: Column presets
# Status: done
# Dependencies: None
# Priority: low
# Description: Named column sets in internal/presets/presets.go.
# Details:
`;
const TASK_3 = `# Task ID: 3
# Title: CSV writer
# Status: pending
# Dependencies: None
# Priority: high
# Description: The writer itself.
# Details:
# Subtasks:
## 3.1. Quoting rules [pending]
### Dependencies: None
### Description: internal/csv/quote.go.
### Details:
## 3.2. Streaming writer [pending]
### Dependencies: 3.1, 2
### Description: internal/csv/writer.go.
### Details:
`;

const parse = (text: string, path = "tasks.txt") => parseTaskList({ kind: "file", path, text });

describe("Task Master task files", () => {
  it("reads tasks, subtasks as a group's members, titles, statuses and the Dependencies fields", () => {
    const list = parse(`${TASK_1}\n${TASK_2}\n${TASK_3}`);
    expect(list.format).toBe("taskmaster");
    const view = list.tasks.map((t) => [t.id, t.title, t.done, t.group, t.declared.map((d) => d.id)]);
    expect(view).toEqual([
      ["1", "Export command", false, true, ["3"]],
      ["1.1", "Flag parsing", true, false, []],
      ["1.2", "Wire the writer", false, false, ["1.1", "2"]],
      ["2", "Column presets", true, false, []],
      ["3", "CSV writer", false, true, []],
      ["3.1", "Quoting rules", false, false, []],
      ["3.2", "Streaming writer", false, false, ["3.1", "2"]],
    ]);
    expect(list.tasks.find((t) => t.id === "1.2")?.declared[0]).toMatchObject({ line: 18 });
    expect(list.tasks.find((t) => t.id === "3.2")?.files).toEqual(["internal/csv/writer.go"]);
  });

  it("reads a bare number in a subtask's field as a task when the task has no such subtask", () => {
    const list = parse(TASK_1.replace("### Dependencies: 1, 2", "### Dependencies: 1, 7"));
    expect(list.tasks.find((t) => t.id === "1.2")?.declared.map((d) => d.id)).toEqual(["1.1", "7"]);
  });

  it("reads the fields the same when blank lines separate them", () => {
    const spaced = parse(`${TASK_3.replace(/\n/g, "\n\n")}`);
    expect(spaced.tasks.map((t) => [t.id, t.title, t.declared.map((d) => d.id)])).toEqual([
      ["3", "CSV writer", []],
      ["3.1", "Quoting rules", []],
      ["3.2", "Streaming writer", ["3.1", "2"]],
    ]);
  });

  it("orders by the Dependencies fields, not by the IDs; a task's field gates each of its subtasks", () => {
    const plan = buildPlan(parse(`${TASK_1}\n${TASK_2}\n${TASK_3}`), { all: true });
    expect(plan.waves.map((w) => [...w.tasks].sort())).toEqual([["2", "3.1"], ["3.2"], ["1.1"], ["1.2"]]);
  });

  it("keeps the notes around the tasks for the statement reader", () => {
    const notes = "# Plan\n\nTask 3 goes first.\n\n";
    const list = parse(`${notes}${TASK_3}\n---\n\n## Review notes\n\nAll of it ships behind one flag.\n`);
    expect((list.notes ?? []).map((n) => [n.text, n.headings])).toEqual([
      ["", ["Plan"]],
      ["Task 3 goes first.", ["Plan"]],
      ["", ["Plan"]],
      ["", ["Review notes"]],
      ["All of it ships behind one flag.", ["Review notes"]],
    ]);
    expect(list.tasks.find((t) => t.id === "3.2")?.body).not.toMatch(/flag/);
  });

  it("is not taken for a list that merely has a Title heading or mentions a task ID", () => {
    const doc = "# Title: Release notes\n\n# Task ID: 7 is the one to watch\n\n- [ ] T001 Write the notes\n";
    expect(parse(doc).format).toBe("speckit");
  });

  it("reads a tasks directory file by file, each task keeping its own file", () => {
    const list = parseTaskList({
      kind: "directory",
      path: "tasks",
      files: [
        { path: "tasks/task_001.txt", text: TASK_1 },
        { path: "tasks/task_003.txt", text: TASK_3 },
      ],
    });
    expect(list.tasks.map((t) => `${t.id}@${t.source}:${t.line}`)).toEqual([
      "1@tasks/task_001.txt:1",
      "1.1@tasks/task_001.txt:12",
      "1.2@tasks/task_001.txt:17",
      "3@tasks/task_003.txt:1",
      "3.1@tasks/task_003.txt:9",
      "3.2@tasks/task_003.txt:13",
    ]);
  });
});

describe("ticking Task Master files", () => {
  it("sets a task's Status line and a subtask's bracket to done, and nothing else", () => {
    const text = `${TASK_1}\n${TASK_3}`;
    const result = tickTasks(text, [
      { id: "1.2", line: 17 },
      { id: "3.1", line: 31 },
      { id: "3", line: 23 },
    ]);
    expect(result.missing).toEqual([]);
    expect(result.ticked).toEqual(["1.2", "3.1", "3"]);
    const changed = result.text.split("\n").filter((l, i) => l !== text.split("\n")[i]);
    expect(changed).toEqual([
      "## 2. Wire the writer [done]",
      "# Status: done",
      "## 3.1. Quoting rules [done]",
    ]);
    expect(onlyDoneMarksDiffer(text, result.text)).toBe(true);
  });

  it("finds a subtask that moved by its task and number, and refuses a line that is no task", () => {
    const moved = `# Notes\n\n${TASK_1}`;
    expect(tickTasks(moved, [{ id: "1.2", line: 17 }]).text).toMatch(/## 2\. Wire the writer \[done\]/);
    expect(tickTasks(moved, [{ id: "1.9", line: 17 }]).missing).toEqual(["1.9"]);
  });

  it("tells a status change from any other edit", () => {
    expect(onlyDoneMarksDiffer(TASK_2, TASK_2.replace("Status: done", "Status: pending"))).toBe(true);
    expect(onlyDoneMarksDiffer(TASK_2, TASK_2.replace("Priority: low", "Priority: high"))).toBe(false);
    expect(onlyDoneMarksDiffer(TASK_1, TASK_1.replace("Flag parsing [done]", "Flags [pending]"))).toBe(false);
  });
});

// tasks.json as Task Master writes it (tagged, two-space indentation); IDs as strings or numbers.
const JSON_TASKS = {
  master: {
    tasks: [
      {
        id: "1",
        title: "Export command",
        description: "Edit cmd/export/run.go.",
        details: "",
        status: "pending",
        dependencies: ["2"],
        subtasks: [
          { id: 1, title: "Flag parsing", description: "", dependencies: [], status: "done" },
          { id: 2, title: "Wire the writer", description: "", dependencies: [1, "2.1"], status: "pending" },
        ],
      },
      { id: 2, title: "CSV writer", description: "", details: "", status: "pending", dependencies: [] },
    ],
    metadata: { created: "2026-11-30" },
  },
};
const JSON_TEXT = `${JSON.stringify(JSON_TASKS, null, 2)}\n`;

describe("Task Master tasks.json", () => {
  it("reads tasks and subtasks like the task files, each at the line of its id", () => {
    const list = parse(JSON_TEXT, ".taskmaster/tasks/tasks.json");
    expect(list.format).toBe("taskmaster");
    const lines = JSON_TEXT.split("\n");
    expect(
      list.tasks.map((t) => [t.id, t.title, t.done, t.declared.map((d) => d.id), lines[t.line - 1]?.trim()]),
    ).toEqual([
      ["1", "Export command", false, ["2"], '"id": "1",'],
      ["1.1", "Flag parsing", true, [], '"id": 1,'],
      ["1.2", "Wire the writer", false, ["1.1", "2.1"], '"id": 2,'],
      ["2", "CSV writer", false, [], '"id": 2,'],
    ]);
    expect(list.tasks[0]?.files).toEqual(["cmd/export/run.go"]);
  });

  it("reads a file without tags, and refuses one with tasks under several tags, naming them", () => {
    const plain = parse(JSON.stringify({ tasks: JSON_TASKS.master.tasks }, null, 2), "tasks.json");
    expect(plain.tasks.map((t) => t.id)).toEqual(["1", "1.1", "1.2", "2"]);
    const tagged = JSON.stringify({ ...JSON_TASKS, ui: JSON_TASKS.master }, null, 2);
    expect(() => parse(tagged, "tasks.json")).toThrow(/several tags \(master, ui\).*--tag/);
  });

  it("is not taken for any other JSON file", () => {
    expect(() => parse('{"name": "pkg", "scripts": {}}\n', "package.json")).toThrow(/no tasks found/);
  });

  it("ticks the status of the task or subtask whose id line it is given", () => {
    const list = parse(JSON_TEXT, "tasks.json");
    const at = (id: string) => ({ id, line: list.tasks.find((t) => t.id === id)?.line ?? 0 });
    const result = tickTasks(JSON_TEXT, [at("1.2"), at("2")]);
    expect(result).toMatchObject({ ticked: ["1.2", "2"], missing: [] });
    const after = JSON.parse(result.text) as typeof JSON_TASKS;
    const [first, second] = after.master.tasks;
    expect([first?.status, first?.subtasks?.map((s) => s.status), second?.status]).toEqual([
      "pending",
      ["done", "done"],
      "done",
    ]);
    expect(onlyDoneMarksDiffer(JSON_TEXT, result.text)).toBe(true);
    expect(tickTasks(JSON_TEXT, [{ id: "2", line: 3 }]).ticked).toEqual(["2"]);
  });
});

describe("a Dependencies field narrowed by the task's own words", () => {
  const list = (details: string): string =>
    `${TASK_2}\n${TASK_3}\n# Task ID: 4\n# Title: Report\n# Status: pending\n# Dependencies: 3\n# Priority: low\n` +
    `# Description: Monthly report.\n# Details:\n${details}\n# Subtasks:\n## 1. Totals [pending]\n` +
    `### Dependencies: None\n### Description: internal/report/totals.go.\n### Details:\n` +
    `## 2. Layout [pending]\n### Dependencies: None\n### Description: internal/report/layout.go.\n### Details:\n`;
  const into4 = (details: string): string[] => {
    const plan = buildPlan(parse(list(details)), { all: true });
    return plan.edges
      .filter((e) => e.to.startsWith("4."))
      .map((e) => `${e.from}>${e.to}`)
      .sort();
  };

  it("waits only for the members the words name, with a warning quoting them", () => {
    for (const words of ["Of task 3, this task only needs 3.1.", "From task 3 this only needs 3.1."])
      expect(into4(words)).toEqual(["3.1>4.1", "3.1>4.2"]);
    const plan = buildPlan(parse(list("Of task 3, this task only needs 3.1.")), { all: true });
    expect(plan.warnings.join("\n")).toMatch(
      /says 4 needs only 3\.1 of 3: its "Dependencies: 3" is read as 3\.1/,
    );
  });

  it("keeps the whole field without a word of exclusion, or when the words name no member of it", () => {
    const whole = ["3.1>4.1", "3.1>4.2", "3.2>4.1", "3.2>4.2"];
    expect(into4("Of task 3, this task mostly uses 3.1.")).toEqual(whole);
    expect(into4("This task only needs task 2 for its presets.")).toEqual(
      ["2>4.1", "2>4.2", ...whole].sort(),
    );
  });
});
