import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { createProgressDisplay, type ProgressDisplay } from "../adapters/terminal/progress-display.js";
import { CycleError, TaskListError } from "../core/errors.js";
import { MAX_PARALLEL } from "../core/model/plan.js";
import { createCancelClassifier } from "../core/run/classify-cancelled.js";
import { formatRunId } from "../core/run/format-run-id.js";
import { implement, maestroStateDir } from "../runner/implement.js";
import type { AgentChoice, ImplementOptions, RunSummary } from "../runner/implement-options.js";
import { RefusedStartError } from "../runner/run-errors.js";
import type { CliIo } from "./cli-io.js";
import type { RegisterCommand } from "./register-command.js";
import { parseDuration } from "../core/config/parse-duration.js";
import { splitCommandLine } from "../core/config/split-command-line.js";

const PRESETS = ["claude", "codex", "aider", "gemini", "script"] as const;

interface ImplementFlags {
  repo?: string;
  agent?: (typeof PRESETS)[number];
  agentCmd?: string[];
  verify?: string[];
  setup?: string[];
  cleanIgnored?: boolean;
  taskTimeout: number;
  maxParallel: number;
  dryRun?: boolean;
  failFast?: boolean;
  json?: boolean;
  only?: string[];
  workDir?: string;
  runId?: string;
}

const EXAMPLES = `
Examples:
  # Run the bundled demo's tasks with the script agent (each task's fenced sh block):
  maestro implement specs/001-demo/tasks.md --agent script

  # Claude Code in every worktree, tests after each merged wave:
  maestro implement specs/002-login/tasks.md --agent claude --setup "npm ci" --verify "npm test"

  # Your own agent command (split like a shell would, but no shell runs it):
  maestro implement tasks.md --agent-cmd "./scripts/my-agent.sh --model fast" --task-timeout 20m

  # See the waves and exactly which branches and worktrees a run would create:
  maestro implement tasks.md --dry-run

  # Machine-readable progress (NDJSON events on stdout):
  maestro implement tasks.md --agent codex --json > events.ndjson

Exit codes: 0 every task done; 1 a task failed or was skipped (or the run was cancelled);
2 bad input or a refused start (dirty work tree, detached HEAD, merge in progress).
The agent runs in its worktree with MAESTRO_TASK_ID, MAESTRO_TASK_TITLE, MAESTRO_PROMPT_FILE,
MAESTRO_WAVE, MAESTRO_RUN_ID and MAESTRO_REPORT_FILE set, and no GitHub token. See docs/implement.md.
`;

function parseParallel(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PARALLEL) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_PARALLEL}`);
  }
  return n;
}

function parseIds(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseCommandOption(text: string): string[] {
  const parsed = splitCommandLine(text);
  if ("problem" in parsed) throw new InvalidArgumentError(`cannot use "${text}": ${parsed.problem}`);
  return parsed.argv;
}

function parseDurationOption(text: string): number {
  const ms = parseDuration(text);
  if (ms === null) throw new InvalidArgumentError(`"${text}" is not a duration (examples: 30m, 90s, 1h30m)`);
  return ms;
}

/** A time-sortable run ID, e.g. `20250131-142501-3f9a`. */
export function newRunId(now: Date): string {
  return formatRunId(now, randomBytes(2).toString("hex"));
}

async function runImplement(tasks: string, flags: ImplementFlags, io: CliIo): Promise<number> {
  const agent = chooseAgent(flags, io);
  if (agent === null) return 2;
  const repo = flags.repo ? resolve(io.cwd, flags.repo) : io.cwd;
  const runId = flags.runId ?? newRunId(new Date());
  const workDir = await workDirOf(repo, runId, flags, io);
  const display = flags.json ? null : createProgressDisplay(io.stdout);
  const controller = new AbortController();
  const stopOnSignals = cancelOnSignals(controller, io);
  const options = implementOptions(
    { tasks, flags, io, agent, repo, runId, workDir },
    display,
    controller.signal,
  );
  try {
    const summary = await implement(options);
    return reportSummary(summary, options, flags, io, display);
  } finally {
    stopOnSignals();
  }
}

/** The agent the flags ask for; null (after saying why) when they ask for none or for two. */
function chooseAgent(flags: ImplementFlags, io: CliIo): AgentChoice | null {
  if (flags.agent && flags.agentCmd) {
    io.stderr.write("maestro: give either --agent or --agent-cmd, not both\n");
    return null;
  }
  if (flags.agentCmd) return { command: flags.agentCmd };
  if (flags.agent) return { preset: flags.agent };
  if (flags.dryRun) return { preset: "script" };
  io.stderr.write(
    'maestro: choose an agent: --agent claude|codex|aider|gemini|script, or --agent-cmd "CMD ARGS"\n',
  );
  return null;
}

/** Where the run's worktrees, prompts and logs go: --work-dir, else maestro's state folder in the repository. */
async function workDirOf(repo: string, runId: string, flags: ImplementFlags, io: CliIo): Promise<string> {
  if (flags.workDir) return resolve(io.cwd, flags.workDir);
  return join(await maestroStateDir(repo, io.env).catch(() => join(repo, ".git", "maestro")), runId);
}

/** Ctrl-C (or SIGTERM) cancels the run; a second one quits at once. Returns the function that stops listening. */
function cancelOnSignals(controller: AbortController, io: CliIo): () => void {
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr.write(
      "\nmaestro: cancelling (running agents are stopped, merged work is kept; Ctrl-C again to quit)\n",
    );
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

/** What runImplement settled before building the engine's options. */
interface ImplementRequest {
  tasks: string;
  flags: ImplementFlags;
  io: CliIo;
  agent: AgentChoice;
  repo: string;
  runId: string;
  workDir: string;
}

function implementOptions(
  { tasks, flags, io, agent, repo, runId, workDir }: ImplementRequest,
  display: ProgressDisplay | null,
  signal: AbortSignal,
): ImplementOptions {
  // Test hook (docs/reliability-faults.md): die by SIGKILL at one named step, to prove a resumed run is whole.
  const crashAt = io.env.MAESTRO_TEST_CRASH_AT;
  const classify = createCancelClassifier();
  return {
    repo,
    tasksPath: tasks,
    agent,
    ...(flags.verify ? { verify: flags.verify } : {}),
    ...(flags.setup ? { setup: flags.setup } : {}),
    ...(flags.cleanIgnored ? { cleanIgnored: true } : {}),
    taskTimeoutMs: flags.taskTimeout,
    maxParallel: flags.maxParallel,
    dryRun: flags.dryRun ?? false,
    failFast: flags.failFast ?? false,
    ...(flags.only ? { only: flags.only } : {}),
    runId,
    workDir,
    env: io.env,
    onEvent: (engineEvent) => {
      const event = classify(engineEvent, signal.aborted);
      if (display) display.onEvent(event);
      else io.stdout.write(`${JSON.stringify(event)}\n`);
    },
    signal,
    ...(crashAt
      ? {
          onStep: (step: string) => {
            if (step === crashAt) process.kill(process.pid, "SIGKILL");
          },
        }
      : {}),
  };
}

/** Prints what a dry run would create, or closes the display; returns the exit code. */
function reportSummary(
  summary: RunSummary,
  options: ImplementOptions,
  flags: ImplementFlags,
  io: CliIo,
  display: ProgressDisplay | null,
): number {
  if (options.dryRun) {
    if (!flags.json) {
      io.stdout.write("\nDry run: nothing was created. A real run would create, wave by wave:\n");
      for (const w of summary.wouldCreate ?? []) {
        io.stdout.write(
          `  wave ${w.wave}  ${w.task}  branch ${w.branch}\n               worktree ${w.worktree}\n`,
        );
      }
      io.stdout.write(`Logs and prompts would go to ${options.workDir}\n`);
    }
    return 0;
  }
  if (display) {
    display.close(summary.kept);
    io.stdout.write(`Logs: ${join(options.workDir, "logs")}\n`);
  }
  return summary.status === "success" ? 0 : 1;
}

/** `maestro implement`: runs a task list wave by wave with a coding agent. */
export const registerImplementCommand: RegisterCommand = (program: Command, io: CliIo, result) => {
  program
    .command("implement")
    .summary("Run the tasks of a task list wave by wave in parallel worktrees, merging each wave.")
    .description(
      "Implement a task list: plan its waves, run each task with a coding agent in its own git worktree " +
        "(at most 3 at once), merge every wave into the checked-out branch (--no-ff), verify, tick the tasks " +
        "[X] in tasks.md and go on. A re-run resumes: ticked tasks are never run again.",
    )
    .argument("<tasks>", "path of tasks.md (relative to the current directory)")
    .option("--repo <dir>", "the git repository to work in (default: the current directory)")
    .addOption(new Option("--agent <preset>", "coding agent preset").choices(PRESETS))
    .option(
      "--agent-cmd <command>",
      'your own agent command, e.g. "./agent.sh --fast" (split without a shell)',
      parseCommandOption,
    )
    .option(
      "--verify <command>",
      'run after each merged wave, e.g. "npm test"; a failure stops later waves',
      parseCommandOption,
    )
    .option(
      "--setup <command>",
      'run before the agent when a worktree slot is new or the root lockfiles changed, e.g. "npm ci"',
      parseCommandOption,
    )
    .option("--clean-ignored", "between tasks, remove ignored files (node_modules, caches) from the slot too")
    .addOption(
      new Option("--task-timeout <duration>", "time limit per task (30m, 90s, 1h30m)")
        .argParser(parseDurationOption)
        .default(30 * 60_000, "30m"),
    )
    .option(
      "--max-parallel <n>",
      `tasks at once inside a wave, 1..${MAX_PARALLEL}`,
      parseParallel,
      MAX_PARALLEL,
    )
    .option("--dry-run", "print the plan and the branches/worktrees a run would create; create nothing")
    .option("--fail-fast", "stop starting new tasks after the first failure")
    .option("--json", "print NDJSON progress events on stdout instead of the live display")
    .option("--only <ids>", "run only these task IDs (comma-separated)", parseIds)
    .option(
      "--work-dir <dir>",
      "where worktrees, prompts and logs go (default: <git-common-dir>/maestro/<run-id>)",
    )
    .addOption(new Option("--run-id <id>", "run ID (default: time-based)").hideHelp())
    .addHelpText("after", EXAMPLES)
    .action(async (tasks: string, flags: ImplementFlags) => {
      try {
        result.exitCode = await runImplement(resolve(io.cwd, tasks), flags, io);
      } catch (error) {
        if (
          error instanceof RefusedStartError ||
          error instanceof TaskListError ||
          error instanceof CycleError
        ) {
          io.stderr.write(`maestro: ${error.message}\n`);
          result.exitCode = 2;
          return;
        }
        io.stderr.write(
          `maestro: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
        result.exitCode = 1;
      }
    });
};
