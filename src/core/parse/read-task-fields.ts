/** Structured fields in a task's body: `**File(s)**: ...`, `**Depends**: T003, T004`. */
export interface TaskFields {
  /** Text of the file fields (one entry per line of value), or empty when the task has none. */
  files: Array<{ line: number; text: string }>;
  /** Text of the dependency fields, with the line and the field as written. */
  depends: Array<{ line: number; text: string; written: string }>;
}

const FIELD = /^\s*(?:[-*+]\s+)?\*\*([^*\n]{1,40}?)\*\*\s*:?\s*(.*)$/;
const FILES = /^(files?|file\(s\)|paths?|files modified|target files?|location)$/;
const DEPENDS = /^(depends|depends on|dependencies|dependency|blocked by)$/;

/** Reads the fields of a task body; a field's value may continue on the following bullet lines. */
export function readTaskFields(lines: ReadonlyArray<{ number: number; text: string }>): TaskFields {
  const fields: TaskFields = { files: [], depends: [] };
  // A field continues on the following bullets only when its own line has no value (`**Files**:` + list).
  let open: "files" | "depends" | null = null;
  for (const line of lines) {
    const m = FIELD.exec(line.text);
    if (m) {
      const name = (m[1] ?? "").replace(/:$/, "").trim().toLowerCase();
      const value = (m[2] ?? "").trim();
      const kind = FILES.test(name) ? "files" : DEPENDS.test(name) ? "depends" : null;
      if (kind === "files") fields.files.push({ line: line.number, text: value });
      if (kind === "depends")
        fields.depends.push({ line: line.number, text: value, written: line.text.trim() });
      open = value.length === 0 ? kind : null;
      continue;
    }
    if (open === null) continue;
    if (line.text.trim() === "" || !/^\s*[-*+]\s/.test(line.text)) {
      open = null;
      continue;
    }
    if (open === "files") fields.files.push({ line: line.number, text: line.text.trim() });
    else fields.depends.push({ line: line.number, text: line.text.trim(), written: line.text.trim() });
  }
  return fields;
}
