/** A git command failed; carries the arguments (never a token: credentials travel in the environment). */
export class GitCommandError extends Error {
  override readonly name = "GitCommandError";
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(
      `git ${args.join(" ")} failed (exit ${exitCode ?? "signal"}): ${stderr.trim().split("\n").slice(-3).join(" / ")}`,
    );
  }
}

/** The PR branch moved while maestro ran and the new commits conflict with maestro's work. */
export class BranchMovedConflictError extends Error {
  override readonly name = "BranchMovedConflictError";
  constructor(
    readonly branch: string,
    readonly files: string[],
  ) {
    super(
      `the branch ${branch} moved while maestro ran and its new commits conflict with maestro's work` +
        (files.length ? ` in ${files.join(", ")}` : "") +
        "; maestro stopped without pushing over them. Merge the branch locally, then run the command again.",
    );
  }
}

/** The PR branch was deleted while maestro ran; maestro stops and never recreates it. */
export class BranchDeletedError extends Error {
  override readonly name = "BranchDeletedError";
  constructor(readonly branch: string) {
    super(
      `the branch ${branch} was deleted while maestro ran; maestro stopped and pushed nothing more ` +
        "(it never recreates a deleted branch)",
    );
  }
}
