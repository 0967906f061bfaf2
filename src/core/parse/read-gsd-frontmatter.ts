import { parseDocument } from "yaml";
import { TaskListError } from "../errors.js";

/** A GSD plan's frontmatter: its keys, and where it ends in the file. */
export interface GsdFrontmatter {
  meta: Record<string, unknown>;
  /** 0-based index of the line that closes the frontmatter; the body starts after it. */
  end: number;
  /** 1-based line where a top-level key is written (1 when it is absent). */
  lineOf(key: string): number;
}

/** Reads the YAML frontmatter between the `---` lines at the top of a GSD plan. */
export function readGsdFrontmatter(file: string, texts: readonly string[]): GsdFrontmatter {
  if ((texts[0] ?? "").trim() !== "---") {
    throw new TaskListError(file, 1, "a GSD plan must start with YAML frontmatter between `---` lines");
  }
  const end = texts.findIndex((t, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(t));
  if (end < 0) throw new TaskListError(file, 1, "the YAML frontmatter is never closed with `---`");
  const meta = parseMapping(file, texts.slice(1, end).join("\n"));
  const lineOf = (key: string): number => {
    const i = texts.findIndex((t, n) => n > 0 && n < end && t.startsWith(`${key}:`));
    return i < 0 ? 1 : i + 1;
  };
  return { meta, end, lineOf };
}

function parseMapping(file: string, yaml: string): Record<string, unknown> {
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = (error?.linePos?.[0]?.line ?? 0) + 1;
    const message = error?.message.split("\n")[0] ?? "parse error";
    throw new TaskListError(file, line, `invalid YAML frontmatter: ${message}`);
  }
  const meta: unknown = doc.toJS();
  if (meta === null || typeof meta !== "object" || Array.isArray(meta)) {
    throw new TaskListError(
      file,
      2,
      "the YAML frontmatter must be a mapping (phase, plan, wave, depends_on, ...)",
    );
  }
  return meta as Record<string, unknown>;
}
