import type { RunState, TaskView } from "../model/run-state.js";
import { codeBlock, inlineCode, tableCell, utf8Bytes } from "./markdown-text.js";

/** What is left of a failed task once its run folder is gone, as the check run may name it. */
export interface KeptWork {
  /** The remote branch holding its work, when the push succeeded. */
  branch: string | null;
  /** The branch's compare view, when the repository's web address is known. */
  url: string | null;
  /** Why there is no branch (keeping is switched off, the push failed), or null. */
  missing: string | null;
  /** The end of the task's log, read before the folder was removed. */
  logEnd: string | null;
}

/** Kept work by task ID. A failed task missing from it has nothing kept: nothing is named. */
export type KeptWorkByTask = ReadonlyMap<string, KeptWork>;

/** At most this much of each log goes into the check run, whatever room is left. */
const LOG_END_BYTES = 16 * 1024;

/**
 * The "kept for inspection" line of a failed task. Without `kept` (the CLI's runs, whose folders stay), the
 * local branch and log; with it, only what really exists after the run: the pushed branch, linked.
 */
export function renderKeptLine(task: TaskView, kept: KeptWorkByTask | undefined): string | null {
  if (kept === undefined) {
    const where = [
      task.branch ? `branch ${inlineCode(task.branch)}` : null,
      task.log ? `log ${inlineCode(task.log)}` : null,
    ].filter(Boolean);
    return where.length ? `**Kept for inspection**: ${where.join(" · ")}` : null;
  }
  const work = kept.get(task.id);
  if (work === undefined) return null;
  const log = work.logEnd ? " · the end of its log is in the details below" : "";
  if (work.branch === null)
    return work.missing ? `**Not kept**: ${tableCell(work.missing, 300)}${log}` : null;
  const branch = work.url ? `[${inlineCode(work.branch)}](${work.url})` : inlineCode(work.branch);
  return `**Kept for inspection**: branch ${branch}${log}`;
}

/** The end of each failed task's log, within `budget` bytes (each log shortened from its start); null if none fits. */
export function renderLogEnds(state: RunState, kept: KeptWorkByTask, budget: number): string | null {
  const logs = [...kept].filter(([, work]) => work.logEnd);
  const heading = "### End of the logs of failed tasks";
  const room = Math.floor((budget - utf8Bytes(heading) - 2) / Math.max(1, logs.length));
  const blocks: string[] = [];
  for (const [id, work] of logs) {
    const title = `#### ${tableCell(id, 32)} · ${tableCell(state.tasks.get(id)?.title ?? "", 100)}`;
    const text = endWithin(work.logEnd ?? "", Math.min(LOG_END_BYTES, room - utf8Bytes(title) - 20));
    if (text !== null) blocks.push(`${title}\n\n${codeBlock(text)}`);
  }
  const section = `${heading}\n\n${blocks.join("\n\n")}`;
  return blocks.length > 0 && utf8Bytes(section) <= budget ? section : null;
}

/** The end of a text that fits in `bytes` (backtick fences may add a few), cut at a line start; null if nothing does. */
function endWithin(text: string, bytes: number): string | null {
  if (bytes < 200) return null;
  let end = text.replace(/\s+$/, "");
  while (end !== "" && utf8Bytes(end) > bytes - 16) {
    const lineEnd = end.indexOf("\n");
    // Whole lines go first; one line too long on its own loses its first half.
    end = lineEnd === -1 ? end.slice(Math.ceil(end.length / 2)) : end.slice(lineEnd + 1);
  }
  return end === "" ? null : end;
}
