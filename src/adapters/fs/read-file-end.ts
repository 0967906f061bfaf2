import { open } from "node:fs/promises";

/**
 * The last `maxBytes` of a file as text, starting at a line boundary when it was cut (a log's end is what
 * tells why a task failed); null when the file cannot be read.
 */
export async function readFileEnd(path: string, maxBytes: number): Promise<string | null> {
  try {
    const file = await open(path, "r");
    try {
      const { size } = await file.stat();
      const length = Math.min(size, maxBytes);
      const buffer = Buffer.alloc(length);
      await file.read(buffer, 0, length, size - length);
      const text = buffer.toString("utf8");
      if (length === size) return text;
      const firstBreak = text.indexOf("\n");
      return firstBreak === -1 ? text : text.slice(firstBreak + 1);
    } finally {
      await file.close();
    }
  } catch {
    return null;
  }
}
