/** Why maestro refused to start: the user's repository state must not be touched. */
export type RefusalReason =
  | "not-a-repository"
  | "dirty-work-tree"
  | "detached-head"
  | "operation-in-progress"
  | "tasks-outside-repository"
  | "another-run-active"
  | "bad-option"
  | "too-many-tasks";

/** A start refused before anything was changed (exit code 2). */
export class RefusedStartError extends Error {
  override readonly name = "RefusedStartError";
  constructor(
    readonly reason: RefusalReason,
    message: string,
    /** Details for the user, e.g. the dirty paths. */
    readonly details: string[] = [],
  ) {
    super(details.length === 0 ? message : `${message}\n${details.map((d) => `  ${d}`).join("\n")}`);
  }
}
