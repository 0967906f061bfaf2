import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** When the agent fails: on this task, and, if `whileExists` is given, only while that file exists. */
export interface FailingCondition {
  task: string;
  whileExists?: string;
}

/**
 * Writes `agent.sh` into `dir`: an agent that does its task (writes `done-<task>.txt`), except when the
 * condition holds: then it leaves a draft (`view-draft.txt`), says why on stderr
 * (`error: src/view.ts does not compile`) and exits 1. Returns the script's path.
 */
export function writeFailingAgent(dir: string, fails: FailingCondition): string {
  const script = join(dir, "agent.sh");
  const condition = [`[ "$MAESTRO_TASK_ID" = ${shellQuote(fails.task)} ]`];
  if (fails.whileExists !== undefined) condition.push(`[ -e ${shellQuote(fails.whileExists)} ]`);
  writeFileSync(
    script,
    [
      "#!/bin/sh",
      `if ${condition.join(" && ")}; then`,
      '  echo "compiling the view"',
      '  echo "draft" > view-draft.txt',
      '  echo "error: src/view.ts does not compile" >&2',
      "  exit 1",
      "fi",
      'echo "$MAESTRO_TASK_ID" > "done-$MAESTRO_TASK_ID.txt"',
      "",
    ].join("\n"),
    { mode: 0o755 },
  );
  return script;
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
