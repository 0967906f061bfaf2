import { readFileEnd } from "../adapters/fs/read-file-end.js";

/** A tail's bounds: it goes into events, terminal lines and check runs, whatever the agent printed. */
const TAIL_LINE_CHARS = 300;
const TAIL_CHARS = 4_000;
/** Only the end of a log is read: an agent may have printed gigabytes. */
const TAIL_READ_BYTES = 16_384;

/**
 * The last lines of a log, for a failed task's summary: at most `lines` lines of at most 300 characters (a
 * longer line keeps its end) and 4,000 characters in all, read from the last 16 KiB of the file only.
 */
export async function readTail(path: string, lines = 20): Promise<string> {
  const text = await readFileEnd(path, TAIL_READ_BYTES);
  if (text === null) return "";
  const kept = text
    .trimEnd()
    .split("\n")
    .slice(-lines)
    .map((line) => (line.length > TAIL_LINE_CHARS ? `…${line.slice(-(TAIL_LINE_CHARS - 1))}` : line));
  while (kept.length > 1 && kept.join("\n").length > TAIL_CHARS) kept.shift();
  return kept.join("\n");
}
