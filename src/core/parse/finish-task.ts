import type { DeclaredDependency } from "../model/task.js";
import { findAllReferences, type IdStyle } from "./extract-task-references.js";
import type { OpenTask } from "./open-task.js";
import { readTaskFields, type TaskFields } from "./read-task-fields.js";
import { readTaskPaths, type IgnoredPaths } from "./read-task-paths.js";
import { dedent, readTaskScript } from "./read-task-script.js";
import type { Fence } from "./scan-lines.js";

/** Completes a task once its body is known: body text, files, declared dependencies and script. */
export function finishTask(
  open: OpenTask,
  fences: readonly Fence[],
  idStyle: IdStyle,
  ignoredPaths: IgnoredPaths,
): void {
  const { task, lines } = open;
  while (lines.length > 0 && (lines[lines.length - 1]?.text.trim() ?? "") === "") lines.pop();
  task.body = dedent(lines.map((l) => l.text)).join("\n");
  const prose = lines.filter((l) => !l.code);
  const fields = readTaskFields(prose);
  Object.assign(task, readTaskPaths(task, prose, fields, ignoredPaths));
  task.declared = readDeclared(fields, idStyle);
  task.dependencyField = fields.depends.length > 0;
  task.script = readTaskScript(fences, open.fences);
}

/** The dependencies a `**Depends**:` field states; a range stays one entry until all IDs are known. */
function readDeclared(fields: TaskFields, idStyle: IdStyle): DeclaredDependency[] {
  const declared: DeclaredDependency[] = [];
  for (const field of fields.depends) {
    if (/^\s*(none|n\/a|-|—)?\s*\.?\s*$/i.test(field.text)) continue;
    for (const ref of findAllReferences(field.text, idStyle === "none" ? "t" : idStyle)) {
      const id = ref.to === null ? ref.from : `${ref.from}..${ref.to}`;
      declared.push({ id, line: field.line, text: field.written });
    }
  }
  return declared;
}
