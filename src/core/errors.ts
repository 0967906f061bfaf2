/** A task list that cannot be planned: names the file, the line and what is wrong. */
export class TaskListError extends Error {
  override readonly name = "TaskListError";
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
  }
}

/** A dependency cycle the author stated explicitly; `path` starts and ends with the same task. */
export class CycleError extends Error {
  override readonly name = "CycleError";
  constructor(
    readonly path: string[],
    /** One reason per step of the path: reasons[i] explains path[i] -> path[i+1]. */
    readonly reasons: string[],
  ) {
    super(
      `dependency cycle: ${path[0] ?? ""}${reasons.map((reason, i) => ` -> ${path[i + 1] ?? ""} (${reason})`).join("")}`,
    );
  }
}
