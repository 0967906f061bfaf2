/** Which layout a task list was written in. */
export type TaskListFormat =
  "speckit" | "heading" | "numbered" | "keyed" | "checklist" | "taskmaster" | "gsd";

/** What a phase heading means for ordering (spec-kit semantics). */
export type PhaseKind = "setup" | "foundational" | "story" | "polish" | "other";

/** A phase: a top-level section of a task list (`## Phase 3: User Story 1 - Sign in`). */
export interface Phase {
  /** Position among the list's phases, from 0, in list order. */
  index: number;
  /** The heading text without the leading `#`s, e.g. "Phase 3: User Story 1 - Sign in". */
  title: string;
  kind: PhaseKind;
  /** The user story a story phase belongs to ("US1"), else null. */
  story: string | null;
  line: number;
}

/** A reference from a task to another task, as written by the author in a structured field. */
export interface DeclaredDependency {
  /** The task ID referred to. */
  id: string;
  /** 1-based line where the reference was written. */
  line: number;
  /** The author's words, quoted in the edge reason, e.g. `**Depends**: T003`. */
  text: string;
}

/** What a task does with a path: edits it, creates it (a folder), puts new files in it, or reads it. */
export type PathUse = "writes" | "creates" | "adds-to" | "reads";

/** A path written so that only the repository can tell what it is (see settleTaskPaths). */
export interface DoubtfulPath {
  /** As written in the task. */
  written: string;
  use: PathUse;
  /** Repository-relative readings, most likely first: the first the repository (or the list) has wins. */
  candidates: string[];
  /** The reading planning uses without the repository; null when it is not taken for a path. */
  assumed: string | null;
  /** The reading when the repository has no candidate; null when it is then not a path. */
  otherwise: string | null;
  /**
   * Bare words joined by slashes with no file at the end (`src/main/java`, `pause/resume/cancel`): the
   * list vouches for them too when it names files under this first folder (`src/`).
   */
  topFolder?: string;
}

/** One unit of work read from a task list. Plain data, produced by the parsers. */
export interface Task {
  /** `T012`, `2.1`, `01-02` (GSD) or a generated `C001` (plain checklists). */
  id: string;
  /** The task's text without checkbox, ID and markers. */
  title: string;
  /** The file the task was read from (for a GSD phase: the plan file). */
  source: string;
  /** 1-based line of the task in `source`. */
  line: number;
  /** Index into TaskList.phases, or null when the list has no phases. */
  phase: number | null;
  /** The nearest sub-heading below the phase heading ("Tests for User Story 1"), or null. */
  section: string | null;
  /** User-story labels (`[US1]`), in the order written. */
  stories: string[];
  /** The author marked it `[P]`: independent of the tasks listed before it. */
  parallel: boolean;
  /** Checked `[x]`/`[X]` in the list. */
  done: boolean;
  /**
   * Paths the task edits (normalised, repository-relative), in the order first written: files it writes,
   * folders it creates (also in `creates`) or works on as a whole. Two tasks of one wave never share one.
   */
  files: string[];
  /** Paths the task only reads ("per data-model.md", `**Inputs**:`): after their writer, never in conflict. */
  reads?: string[];
  /** Folders the task puts new files in without naming them ("add a test in tests/"): no conflict between two. */
  addsTo?: string[];
  /** The folders of `files` the task creates or scaffolds; files inside them come after it. */
  creates?: string[];
  /** Line where each path of files, reads and addsTo is first written (else the task's line). */
  pathLines?: Record<string, number>;
  /** Paths whose reading only the repository can settle (`/health/db`: a route or a file?). */
  doubtful?: DoubtfulPath[];
  /** Description lines that belong to the task (indented bullets, heading body), joined with "\n". */
  body: string;
  /** The task has a dependency field (`**Depends**:`, GSD `depends_on`), even one that says "None". */
  dependencyField: boolean;
  /** Dependencies stated in structured fields (`**Depends**:`, GSD `depends_on`). Prose is read by detection. */
  declared: DeclaredDependency[];
  /** Shell commands from a fenced code block indented under the task (the `script` agent), or null. */
  script: string | null;
  /** A parent whose sub-tasks do the work (Kiro `1.` with `1.1`, `1.2`): it is done when they are. */
  group: boolean;
  /** For a group: the IDs of its sub-tasks; else empty. */
  children: string[];
  /** GSD: the wave the author assigned, else null. Informational: maestro computes its own waves. */
  authorWave: number | null;
  /** The item it is indented under, in a keyed list (a tracking issue's sub-issues); absent otherwise. */
  nestedUnder?: string;
}

/** A sentence from a "Dependencies & Execution Order" section, kept for detection to read. */
export interface DependencyStatement {
  line: number;
  text: string;
}

/** A line of the list outside every task, with where it sits: what prose detection reads. */
export interface ListNote {
  line: number;
  text: string;
  /** The headings above it, outermost first, without the `#`s. */
  headings: string[];
  /** Inside a fenced block: the fence's info word ("" when none, "mermaid", ...); else null. */
  code: string | null;
}

/** A parsed task list: tasks plus the context detection needs. */
export interface TaskList {
  /** The path given by the user (file, or directory for a GSD phase). */
  source: string;
  format: TaskListFormat;
  phases: Phase[];
  tasks: Task[];
  /**
   * Lines anywhere outside tasks that state an ordering rule between kinds of tasks ("Tests MUST be
   * written and FAIL before implementation", "Models before services"); read by cue detection.
   */
  cues?: DependencyStatement[];
  /** Every line outside the tasks, in order, with its headings and code-block context. */
  notes?: ListNote[];
  /** Non-fatal problems found while parsing, already phrased for the user (`file:line: ...`). */
  warnings: string[];
}
