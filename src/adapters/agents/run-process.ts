import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { tryKillProcessesWithEnv } from "../system/processes-with-env.js";

/**
 * Set to a fresh random value in every process maestro starts. Descendants inherit it, so the ones that left
 * the process group (setsid, double fork) are still found and killed when their task ends.
 */
export const PROCESS_TAG_VARIABLE = "MAESTRO_PROCESS_TAG";

/** One child process to run: argv, directory, environment, where its output goes. */
export interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** stdout and stderr are appended here; the file stays after the run. */
  logFile: string;
  /** A file to connect to stdin; null: /dev/null. */
  stdinFile: string | null;
  timeoutMs: number;
  /** After SIGTERM, how long the process group gets before SIGKILL. */
  graceMs?: number;
  signal?: AbortSignal;
  /** Called once the process has started, with its pid (also its process group). */
  onSpawn?: (pid: number) => void;
}

/** How a process ended. */
export interface ProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
  /** The command could not be started (e.g. not found). */
  spawnError: string | null;
  durationMs: number;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Runs a process in a process group of its own (`detached`), output to a log file. A timeout or an abort
 * sends SIGTERM to the whole group, then SIGKILL after the grace period; when the process ends, whatever it
 * left running in its group is killed too, and so is any descendant that escaped the group (found by the
 * PROCESS_TAG_VARIABLE it inherited; Linux), so no grandchild outlives its task.
 */
export async function runProcess(spec: ProcessSpec): Promise<ProcessResult> {
  const started = performance.now();
  const stdio = openStdio(spec);
  if (spec.signal?.aborted) {
    stdio.close();
    return { exitCode: null, signal: null, timedOut: false, aborted: true, spawnError: null, durationMs: 0 };
  }
  const tag = randomBytes(12).toString("hex");
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...spec.env, [PROCESS_TAG_VARIABLE]: tag },
    stdio: [stdio.stdin, stdio.out, stdio.out],
    detached: true,
    shell: false,
  });
  child.once("spawn", () => {
    if (child.pid !== undefined) spec.onSpawn?.(child.pid);
  });
  return supervise(child, spec, stdio, tag, started);
}

/** The log file (stdout and stderr) and stdin of a process, opened before it starts. */
interface Stdio {
  out: number;
  stdin: number | "ignore";
  close(): void;
}

function openStdio(spec: ProcessSpec): Stdio {
  const out = openSync(spec.logFile, "a");
  const stdin = spec.stdinFile === null ? "ignore" : openSync(spec.stdinFile, "r");
  return {
    out,
    stdin,
    close: () => {
      closeSync(out);
      if (typeof stdin === "number") closeSync(stdin);
    },
  };
}

/** Waits for the process to end (or fail to start), then kills what it left and reports how it ended. */
function supervise(
  child: ChildProcess,
  spec: ProcessSpec,
  stdio: Stdio,
  tag: string,
  started: number,
): Promise<ProcessResult> {
  return new Promise<ProcessResult>((resolvePromise) => {
    const limits = enforceLimits(child, spec, stdio.out);
    let settled = false;
    const finish = (result: Omit<ProcessResult, "durationMs" | "timedOut" | "aborted">) => {
      if (settled) return;
      settled = true;
      limits.clear();
      // Background children the process left behind die with their task.
      if (child.pid !== undefined) killGroup(child.pid, "SIGKILL");
      stdio.close();
      const { timedOut, aborted } = limits;
      const done = { ...result, timedOut, aborted, durationMs: performance.now() - started };
      void tryKillProcessesWithEnv(PROCESS_TAG_VARIABLE, tag).then(() => resolvePromise(done));
    };
    child.on("error", (error) => {
      writeSync(stdio.out, `\n[maestro] could not start ${spec.command}: ${error.message}\n`);
      finish({ exitCode: null, signal: null, spawnError: error.message });
    });
    child.on("exit", (code, signal) => finish({ exitCode: code, signal, spawnError: null }));
  });
}

/** Whether the time limit or the abort stopped the process; `clear` ends the watch. */
interface Limits {
  timedOut: boolean;
  aborted: boolean;
  clear(): void;
}

/** Stops the process group (SIGTERM, SIGKILL after the grace period) on timeout or abort. */
function enforceLimits(child: ChildProcess, spec: ProcessSpec, out: number): Limits {
  const grace = spec.graceMs ?? 5_000;
  let killTimer: NodeJS.Timeout | undefined;
  const stop = (why: string) => {
    writeSync(out, `\n[maestro] ${why}: stopping the process group\n`);
    if (child.pid === undefined) return;
    const pid = child.pid;
    killGroup(pid, "SIGTERM");
    killTimer ??= setTimeout(() => killGroup(pid, "SIGKILL"), grace);
  };
  const timer = setTimeout(() => {
    limits.timedOut = true;
    stop(`timed out after ${spec.timeoutMs} ms`);
  }, spec.timeoutMs);
  const onAbort = () => {
    limits.aborted = true;
    stop("run cancelled");
  };
  spec.signal?.addEventListener("abort", onAbort, { once: true });
  const limits: Limits = {
    timedOut: false,
    aborted: false,
    clear: () => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      spec.signal?.removeEventListener("abort", onAbort);
    },
  };
  return limits;
}
