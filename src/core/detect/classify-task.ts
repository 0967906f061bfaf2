import type { Task } from "../model/task.js";
import { withoutQuotedNames } from "./quoted-names.js";
import { isTestPath } from "./test-file-conventions.js";

/** The kinds of work cue rules talk about ("tests before implementation", "models before services"). */
export type TaskRole = "test" | "model" | "service" | "endpoint" | "integration" | "other";

// A task integrates when integrating is what it does: its title opens with the verb. A task that merely
// mentions integration ("Configure pytest markers for unit and integration tests") does something else.
const INTEGRATING_VERB = /^(integrate|wire|hook\s+up|plug|register|mount|connect)\b/i;
const WRITES_TESTS =
  /^(write|add|create)?\s*(unit|integration|contract|e2e|end-to-end|property|snapshot)?\s*tests?\b/i;

/**
 * Classifies a task from its section heading, its files and its title. A task is a test task only when it
 * sits under a "Tests ..." heading or edits test files alone: "Run all tests" is verification, not a test.
 */
export function classifyTask(task: Task): TaskRole {
  if (task.section !== null && /^tests?\b/i.test(task.section)) return "test";
  const onlyTests = task.files.every(isTestPath);
  if (task.files.length > 0 && onlyTests) return "test";
  // A folder named beside "Write tests" is where they go, and a bare file name ("tests for config.ts in
  // tests/unit/config.test.ts") the unit under test: neither is code the task edits. A leading tag
  // ("[TEST] Write unit tests ...") is no word of the title.
  const title = task.title.replace(/^(?:\s*\[[^\]]*\])+\s*/, "");
  const edited = task.files.filter((f) => !f.endsWith("/"));
  const tested = edited.filter((f) => !isTestPath(f));
  if (
    WRITES_TESTS.test(title) &&
    (tested.length === 0 || (edited.some(isTestPath) && tested.every((f) => !f.includes("/"))))
  )
    return "test";
  if (INTEGRATING_VERB.test(task.title.replace(/^[^\p{L}]+/u, ""))) return "integration";
  // "Add the `services` key to the config": a quoted word is a name, not the task's kind of work.
  return roleByWords(`${withoutQuotedNames(task.title)} ${task.files.join(" ")}`);
}

function roleByWords(text: string): TaskRole {
  if (
    /\b(endpoints?|controllers?|routes?|handlers?|commands?)\b|(^|\/)(controllers?|routes?|handlers?|endpoints?|api)\//i.test(
      text,
    )
  )
    return "endpoint";
  if (/\b(services?|managers?)\b|(^|\/)services?\//i.test(text)) return "service";
  if (/\b(models?|entit(y|ies)|schemas?|dtos?)\b|(^|\/)(models?|entities|schemas?)\//i.test(text))
    return "model";
  return "other";
}
