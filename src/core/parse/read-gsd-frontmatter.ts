import { parseDocument } from "yaml";
import { TaskListError } from "../errors.js";
import type { Fence } from "./scan-lines.js";

/** A GSD plan's frontmatter: its keys, and where it ends in the file. */
export interface GsdFrontmatter {
  meta: Record<string, unknown>;
  /** 0-based index of the line that closes the frontmatter; the body starts after it. */
  end: number;
  /** 1-based line where a top-level key is written (1 when it is absent). */
  lineOf(key: string): number;
}

/** Where the YAML sits (0-based): its lines are [first, last); `end` is the line that closes it. */
interface YamlBlock {
  first: number;
  last: number;
  end: number;
}

const DOCUMENT_MARKER = /^(---|\.\.\.)\s*$/;
const YAML_INFO = new Set(["yaml", "yml"]);

/**
 * Reads the YAML frontmatter of a GSD plan: between `---` lines at the top, or, as some authors write
 * it, in a fenced ```yaml block that opens the file (blank lines before it aside).
 */
export function readGsdFrontmatter(
  file: string,
  texts: readonly string[],
  fences: readonly Fence[],
): GsdFrontmatter {
  const block = dashedBlock(file, texts) ?? fencedBlock(file, texts, fences);
  if (block === null) {
    throw new TaskListError(
      file,
      1,
      "a GSD plan must start with YAML frontmatter between `---` lines (or in a ```yaml block)",
    );
  }
  const meta = parseMapping(file, texts.slice(block.first, block.last).join("\n"), block.first);
  const lineOf = (key: string): number => {
    const i = texts.findIndex((t, n) => n >= block.first && n < block.last && t.startsWith(`${key}:`));
    return i < 0 ? 1 : i + 1;
  };
  return { meta, end: block.end, lineOf };
}

function dashedBlock(file: string, texts: readonly string[]): YamlBlock | null {
  if ((texts[0] ?? "").trim() !== "---") return null;
  const end = texts.findIndex((t, i) => i > 0 && DOCUMENT_MARKER.test(t));
  if (end < 0) throw new TaskListError(file, 1, "the YAML frontmatter is never closed with `---`");
  return { first: 1, last: end, end };
}

/** A yaml fence opening the file; `---` document markers just inside it are not part of the mapping. */
function fencedBlock(file: string, texts: readonly string[], fences: readonly Fence[]): YamlBlock | null {
  const opening = texts.findIndex((t) => t.trim() !== "");
  const fence = fences[0];
  if (fence === undefined || fence.open !== opening + 1 || !YAML_INFO.has(fence.info)) return null;
  if (fence.close === null)
    throw new TaskListError(file, fence.open, "the ```yaml frontmatter block is never closed");
  const end = fence.close - 1;
  let first = opening + 1;
  let last = end;
  if (DOCUMENT_MARKER.test(texts[first] ?? "")) first++;
  if (last > first && DOCUMENT_MARKER.test(texts[last - 1] ?? "")) last--;
  return { first, last, end };
}

/** Parses the YAML; `first` (0-based line of its first line) turns the parser's lines into file lines. */
function parseMapping(file: string, yaml: string, first: number): Record<string, unknown> {
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    // Without pretty errors the parser gives an offset, not a line: count the lines before it.
    const offset = Math.min(error?.pos[0] ?? 0, yaml.length);
    const line = first + 1 + (yaml.slice(0, offset).match(/\n/g)?.length ?? 0);
    const message = error?.message.split("\n")[0] ?? "parse error";
    throw new TaskListError(file, line, `invalid YAML frontmatter: ${message}`);
  }
  const meta: unknown = doc.toJS();
  if (meta === null || typeof meta !== "object" || Array.isArray(meta)) {
    throw new TaskListError(
      file,
      first + 1,
      "the YAML frontmatter must be a mapping (phase, plan, wave, depends_on, ...)",
    );
  }
  return meta as Record<string, unknown>;
}
