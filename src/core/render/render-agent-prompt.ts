import type { Task } from "../model/task.js";

/** What the agent prompt is made of; paths are as the agent should see them. */
export interface AgentPromptInput {
  task: Task;
  /** Repository-relative path of the task list. */
  tasksPath: string;
  /** Repository-relative paths of the feature's spec.md / plan.md when they exist. */
  specPath: string | null;
  planPath: string | null;
  wave: number;
  runId: string;
  /** Absolute path where the agent may write its JSON report. */
  reportFile: string;
}

/** The Markdown prompt an agent receives (MAESTRO_PROMPT_FILE): the task, its files and the house rules. */
export function renderAgentPrompt(input: AgentPromptInput): string {
  const { task } = input;
  const out: string[] = [];
  out.push(`# Task ${task.id}: ${task.title}`, "");
  out.push(
    `You are implementing one task of a feature, in a git worktree of its own (maestro run ${input.runId}, wave ${input.wave}).`,
    "Other tasks run in parallel in other worktrees and are merged after you finish.",
    "",
  );
  if (task.body.trim() !== "") out.push("## Details", "", task.body.trim(), "");
  out.push("## Files this task is expected to touch", "");
  if (task.files.length === 0) out.push("- (none named; decide from the task and the spec)");
  for (const file of task.files) out.push(`- \`${file}\``);
  out.push("", "## Context", "");
  out.push(`- Task list: \`${input.tasksPath}\` (line ${task.line})`);
  if (input.specPath) out.push(`- Feature spec: \`${input.specPath}\``);
  if (input.planPath) out.push(`- Implementation plan: \`${input.planPath}\``);
  out.push(
    "",
    "## Rules",
    "",
    "- Change only what this task needs. Do not start other tasks of the list.",
    `- Do not edit \`${input.tasksPath}\`: maestro ticks the task when its work is merged.`,
    "- Leave your changes in the working tree (or commit them); maestro commits whatever is left.",
    "- Exit with status 0 when the task is done, non-zero when it cannot be done.",
    "- If you find that this task needs another task's work first, or you touched files not listed above, say so",
    `  by writing JSON to \`${input.reportFile}\` (also in $MAESTRO_REPORT_FILE):`,
    '  `{"dependsOn": ["T010"], "files": ["src/x.ts"]}`.',
    "",
  );
  return out.join("\n");
}
