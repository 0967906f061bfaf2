import { BranchDeletedError, BranchMovedConflictError } from "../adapters/github/git-errors.js";
import type { RunConclusion } from "../adapters/github/progress-sink.js";

/** A failure found before or around the engine, reported on the check run and in a reply. */
export class RunStopped extends Error {
  constructor(
    readonly title: string,
    message: string,
    readonly conclusion: RunConclusion = "failure",
  ) {
    super(message);
  }
}

/** True for a stop someone caused on GitHub or maestro foresaw: reported, not logged as a crash. */
export function isForeseenStop(error: unknown): boolean {
  return error instanceof RunStopped || error instanceof BranchDeletedError;
}

/** How a run that stopped at a push ends: a change someone made on GitHub is a cancel, anything else a failure. */
export function stopConclusion(error: unknown): RunConclusion {
  if (error instanceof RunStopped) return error.conclusion;
  return error instanceof BranchDeletedError ? "cancelled" : "failure";
}

/** The check run's title for a run stopped at a push. */
export function stopTitle(error: unknown): string {
  if (error instanceof RunStopped) return error.title;
  if (error instanceof BranchDeletedError) return "Stopped: the branch was deleted";
  if (error instanceof BranchMovedConflictError) return "Stopped: the branch moved and conflicts";
  return "Stopped: could not push";
}

/** The check run's title for a run that failed before or outside a push. */
export function failureTitle(error: unknown): string {
  if (isForeseenStop(error)) return stopTitle(error);
  if (!(error instanceof Error)) return "maestro failed";
  switch (error.name) {
    case "ConfigError":
      return "Configuration error";
    case "TaskListError":
    case "CycleError":
      return "The task list cannot be planned";
    case "BranchMovedConflictError":
      return "Stopped: the branch moved and conflicts";
    default:
      return "maestro failed";
  }
}

/** An error's message, for people. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
