import type { ProcessResult } from "../adapters/agents/run-process.js";

/** Why a process maestro started (the setup, the agent) failed, in one phrase; null when it succeeded. */
export function describeFailure(what: string, result: ProcessResult, timeoutMs: number): string | null {
  if (result.aborted) return `${what} stopped: run cancelled`;
  if (result.timedOut) return `${what} timed out after ${formatMs(timeoutMs)}`;
  if (result.spawnError !== null) return `${what} could not start: ${result.spawnError}`;
  if (result.exitCode !== 0) {
    return result.exitCode === null
      ? `${what} was killed by ${result.signal ?? "a signal"}`
      : `${what} exited with code ${result.exitCode}`;
  }
  return null;
}

/** `90000` -> `1m30s`. */
export function formatMs(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
}
