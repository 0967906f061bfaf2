import { TaskListError } from "../../core/errors.js";

/** Task lists larger than this are refused: real ones are tens of kilobytes. */
export const MAX_TASK_LIST_BYTES = 5 * 1024 * 1024;

/**
 * Turns the bytes of a task list into text, refusing what cannot be one: empty files, binary files (a NUL
 * byte), invalid UTF-8 (naming the line of the first bad byte) and files over the size cap. Strips a BOM.
 */
export function decodeTaskListFile(path: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_TASK_LIST_BYTES) {
    throw new TaskListError(
      path,
      null,
      `the file is ${bytes.length} bytes, over the 5 MiB limit for a task list`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new TaskListError(
      path,
      lineAt(bytes, nul),
      "the file is binary (it contains a NUL byte), not a Markdown task list",
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new TaskListError(
      path,
      lineAt(bytes, bad),
      `the file is not valid UTF-8 (first bad byte at offset ${bad}); save it as UTF-8`,
    );
  }
  if (text.trim().length === 0) throw new TaskListError(path, null, "the file is empty");
  return text;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, at most U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
