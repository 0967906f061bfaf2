import type { AgentChoice } from "../core/model/agent-choice.js";
import type { RunEvent } from "../core/model/run-event.js";

// Kept here too: the entry points import it from the runner's options.
export type { AgentChoice } from "../core/model/agent-choice.js";

/** Everything `implement()` needs; entry points (CLI, App, Action) build it once, at the edge. */
export interface ImplementOptions {
  /** The git repository to work in; its checked-out branch is the target branch. */
  repo: string;
  /** Path of tasks.md (or a GSD phase directory), relative to `repo` or absolute inside it. */
  tasksPath: string;
  agent: AgentChoice;
  /** Run on the merged result after each wave (argv). */
  verify?: string[];
  /**
   * Run before the agent (argv), e.g. ["npm", "ci"]: when a slot's worktree is new, and again only when the
   * repository root's lockfiles and manifests changed since it last succeeded in that slot.
   */
  setup?: string[];
  /**
   * Between tasks, remove ignored files from a slot too (`git clean -fdx`): node_modules and build caches
   * do not survive, and the setup runs before every task. Default false: they are kept.
   */
  cleanIgnored?: boolean;
  /** Per-task time limit in milliseconds. */
  taskTimeoutMs: number;
  /** 1..3; 3 is the ceiling. */
  maxParallel: number;
  dryRun: boolean;
  failFast: boolean;
  /** Run only these task IDs (and nothing that depends on a task outside the set). */
  only?: string[];
  /** Names branches `maestro/<runId>/<task>`. */
  runId: string;
  /** Where logs, prompts and worktrees go (outside the repository's work tree). */
  workDir: string;
  /** Environment for agents; the runner removes GitHub tokens from it again before use. */
  env: Record<string, string | undefined>;
  /** Every progress event, in order. */
  onEvent: (event: RunEvent) => void;
  /**
   * Called after each wave is merged and ticked on the target branch; the App pushes here.
   * A rejection stops the run (the merged commits stay in the local repository).
   */
  onWaveMerged?: (info: { wave: number; head: string }) => Promise<void>;
  /** Aborting stops the run: running agents are killed, merged work is kept. */
  signal?: AbortSignal;
  /** The clock (tests inject one). */
  now?: () => Date;
  /**
   * Memory the machine can still give (tests inject one). Below 10% of the total, the next task waits for a
   * running one to finish. Default: the operating system's figures.
   */
  freeMemory?: () => { availableBytes: number; totalBytes: number };
  /**
   * Called at each step of a wave, named `step:subject`: `agent-running:T003` (its agent has started),
   * `merge:T003` (about to merge it), `mid-merge:T003` (its merge conflicted, not aborted yet),
   * `merged:T003` (merge commit made), `tick:2` (wave 2 merged, tasks.md not ticked yet), `tick-written:2`
   * (ticks written, not committed), `ticked:2` (tick committed), `wave-end:2` (before the next wave). The CLI
   * uses it only for the crash test hook (MAESTRO_TEST_CRASH_AT); it must not throw.
   */
  onStep?: (step: string) => void;
}

/** How a run ended. */
export interface RunSummary {
  status: "success" | "failure" | "cancelled";
  done: string[];
  failed: string[];
  skipped: string[];
  waves: number;
  /** Branches kept for inspection, with their logs. */
  kept: Array<{ task: string; branch: string; log: string | null }>;
  /** Dry run only: the branches and worktrees a real run would create, wave by wave. */
  wouldCreate?: Array<{ task: string; wave: number; branch: string; worktree: string }>;
}
