import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { readRepositoryContext } from "../adapters/fs/read-repository-context.js";
import { readTaskListInput } from "../adapters/fs/read-task-list-input.js";
import { CycleError, TaskListError } from "../core/errors.js";
import { parseTaskList } from "../core/parse/parse-task-list.js";
import { buildPlan } from "../core/plan/build-plan.js";
import { toPlanJson } from "../core/render/plan-json.js";
import { planGraph, renderMermaid } from "../core/render/render-mermaid.js";
import { renderPlanMarkdown } from "../core/render/render-plan-markdown.js";
import { renderPlanText } from "../core/render/render-plan-text.js";
import type { CliIo } from "./cli-io.js";
import type { RegisterCommand } from "./register-command.js";

interface PlanFlags {
  repo?: string;
  all?: boolean;
  json?: boolean;
  format: "text" | "markdown" | "mermaid";
}

const HELP = `
Reads a task list, detects the dependencies between its tasks and prints the waves maestro would run:
every task of a wave can run in parallel (at most 3 at once) once the waves before it are merged.

Formats: spec-kit tasks.md (- [ ] T001 [P] [US1] ...), tasks as headings (### T001: ...), numbered
Kiro lists (- [ ] 2.1 ...), plain Markdown checklists (IDs C001, C002, ... by position), GSD phase
directories (NN-MM-PLAN.md files) and Task Master (its tasks.json, or a folder of task_001.txt, ...).
Tasks already ticked [x] (Task Master: status done) count as done unless --all.

Examples:
  $ maestro plan specs/001-login/tasks.md                 # waves, edges with reasons, summary
  $ maestro plan specs/001-login/tasks.md --json | jq '.waves'
  $ maestro plan specs/001-login/tasks.md --format markdown > plan.md
  $ maestro plan .planning/phases/01-foundation/            # a GSD phase directory
  $ maestro plan .taskmaster/tasks/tasks.json                # Task Master
  $ maestro plan specs/001-login/tasks.md --repo .           # also read imports between named files

Exit codes: 0 planned; 2 bad input (unreadable list, parse error, a cycle of stated dependencies).
Warnings (unknown task IDs, dropped cycle edges, ignored paths) go to stderr, or into "warnings" with --json.`;

/** `maestro plan <tasks.md|phase-dir> [--repo DIR] [--all] [--json] [--format text|markdown|mermaid]`. */
export const registerPlanCommand: RegisterCommand = (
  program: Command,
  io: CliIo,
  result: { exitCode: number },
) => {
  program
    .command("plan")
    .description("Show the waves maestro would run for a task list, with every dependency and its reason.")
    .argument(
      "<tasks>",
      "a tasks.md file, a GSD phase directory, or Task Master's tasks.json or tasks directory",
    )
    .option("--repo <dir>", "repository to read imports from (adds import edges between named files)")
    .option("--all", "plan every task, including the ones already ticked [x]")
    .option("--json", "print the plan as JSON (source, tasks, edges, waves, warnings)")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["text", "markdown", "mermaid"])
        .default("text"),
    )
    .addHelpText("after", HELP)
    .action(async (tasks: string, flags: PlanFlags) => {
      result.exitCode = await runPlan(tasks, flags, io);
    });
};

/** Runs `maestro plan`; returns the exit code. Errors about the input become `maestro: file:line: ...`. */
export async function runPlan(tasks: string, flags: PlanFlags, io: CliIo): Promise<number> {
  try {
    const absolute = resolve(io.cwd, tasks);
    const input = await readTaskListInput(absolute).catch((error: unknown) => {
      // Name files as the user typed them, not as absolute paths.
      if (error instanceof TaskListError && error.file.startsWith(absolute)) {
        throw new TaskListError(
          tasks.replace(/[/\\]+$/, "") + error.file.slice(absolute.replace(/[/\\]+$/, "").length),
          error.line,
          error.problem,
        );
      }
      throw error;
    });
    let list = parseTaskList(
      input.kind === "file" ? { ...input, path: tasks } : relabelDirectory(input, tasks),
    );
    let imports: Map<string, string[]> | undefined;
    if (flags.repo !== undefined) {
      ({ list, imports } = await readRepositoryContext(resolve(io.cwd, flags.repo), list));
    }
    const plan = buildPlan(list, { all: flags.all === true, ...(imports ? { imports } : {}) });
    if (flags.json) {
      io.stdout.write(`${JSON.stringify(toPlanJson(plan), null, 2)}\n`);
      return 0;
    }
    for (const warning of plan.warnings) io.stderr.write(`maestro: warning: ${warning}\n`);
    const text =
      flags.format === "markdown"
        ? renderPlanMarkdown(plan)
        : flags.format === "mermaid"
          ? renderMermaid(planGraph(plan))
          : renderPlanText(plan);
    io.stdout.write(text);
    return 0;
  } catch (error) {
    if (error instanceof TaskListError || error instanceof CycleError) {
      io.stderr.write(`maestro: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Keeps paths in messages as the user typed them (relative), while reading from the absolute path. */
function relabelDirectory(
  input: { kind: "directory"; path: string; files: Array<{ path: string; text: string }> },
  shown: string,
): { kind: "directory"; path: string; files: Array<{ path: string; text: string }> } {
  const prefix = input.path;
  const base = shown.replace(/[/\\]+$/, "");
  return {
    kind: "directory",
    path: shown,
    files: input.files.map((f) => ({
      path: f.path.startsWith(prefix) ? `${base}${f.path.slice(prefix.length)}` : f.path,
      text: f.text,
    })),
  };
}
