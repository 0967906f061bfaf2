import type { Task } from "../model/task.js";

/** The kinds of work cue rules talk about ("tests before implementation", "models before services"). */
export type TaskRole = "test" | "model" | "service" | "endpoint" | "integration" | "other";

const TEST_PATH =
  /(^|\/)(tests?|__tests__|spec|specs|e2e)\/|\.(test|spec)\.[a-z]+$|_test\.[a-z]+$|(^|\/)test_[^/]+\.py$|Tests?\.(cs|java|kt|swift)$/;

/**
 * Classifies a task from its section heading, its files and its title. A task is a test task only when it
 * sits under a "Tests ..." heading or edits test files alone: "Run all tests" is verification, not a test.
 */
export function classifyTask(task: Task): TaskRole {
  if (task.section !== null && /^tests?\b/i.test(task.section)) return "test";
  if (task.files.length > 0 && task.files.every((f) => TEST_PATH.test(f))) return "test";
  if (
    /^(write|add|create)?\s*(unit|integration|contract|e2e|property|snapshot)?\s*tests?\b/i.test(
      task.title,
    ) &&
    task.files.every((f) => TEST_PATH.test(f))
  ) {
    return "test";
  }
  const text = `${task.title} ${task.files.join(" ")}`;
  if (/\b(integrat\w*|wire|wires|wiring|register\w*)\b/i.test(task.title)) return "integration";
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
