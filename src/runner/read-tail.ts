import { open } from "node:fs/promises";

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
  try {
    const text = await readEnd(path);
    const kept = text
      .trimEnd()
      .split("\n")
      .slice(-lines)
      .map((line) => (line.length > TAIL_LINE_CHARS ? `…${line.slice(-(TAIL_LINE_CHARS - 1))}` : line));
    while (kept.length > 1 && kept.join("\n").length > TAIL_CHARS) kept.shift();
    return kept.join("\n");
  } catch {
    return "";
  }
}

async function readEnd(path: string): Promise<string> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const length = Math.min(size, TAIL_READ_BYTES);
    const buffer = Buffer.alloc(length);
    await file.read(buffer, 0, length, size - length);
    return buffer.toString("utf8");
  } finally {
    await file.close();
  }
}
