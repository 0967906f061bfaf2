import { TaskListError } from "../errors.js";
import type { Task } from "../model/task.js";
import type { MarkdownFormat } from "./detect-markdown-format.js";
import { idStyleOf, type IdStyle } from "./extract-task-references.js";
import { finishTask } from "./finish-task.js";
import { HeadingTrail } from "./heading-trail.js";
import { openTask, takeBodyLine, takeFenceLine, type OpenTask } from "./open-task.js";
import { OutsideText } from "./outside-text.js";
import {
  readCheckboxLine,
  readHeadingLine,
  readHeadingKey,
  readHeadingTask,
  readKeyId,
  readNumberedId,
  readSpeckitId,
  type CheckboxLine,
  type TaskIdAndRest,
} from "./read-task-line.js";
import type { IgnoredPaths } from "./read-task-paths.js";
import type { Fence, ScannedLine } from "./scan-lines.js";

/**
 * Reads a Markdown task list line by line. Each line is one of: a fence line, a heading, a task line,
 * a line of the open task's body, or text outside every task (kept as notes and cues).
 */
export class ListWalk {
  readonly tasks: Task[] = [];
  readonly ignoredPaths: IgnoredPaths = [];
  readonly trail: HeadingTrail;
  readonly outside = new OutsideText();
  private readonly idStyle: IdStyle;
  /** Task lines written as a checkbox without a list bullet, reported once per list. */
  readonly bareTasks: Array<{ line: number; id: string }> = [];
  private open: OpenTask | null = null;
  private checklistCount = 0;
  /** The line just read continues a task written as a list item (Markdown would join the next line to it). */
  private continuesItem = false;
  /** Keyed items open above the current line, outermost first: an item indented under one is its sub-task. */
  private nesting: Array<{ indent: number; id: string }> = [];

  constructor(
    private readonly path: string,
    private readonly format: MarkdownFormat,
    private readonly fences: readonly Fence[],
    countingWord: RegExp | null = null,
    /** The tasks are headings keyed like a tracker's issues (`### R-14: Title`), not `### T014`. */
    private readonly keyedHeadings = false,
  ) {
    this.idStyle = keyedHeadings ? "key" : idStyleOf(format);
    this.trail = new HeadingTrail(countingWord);
  }

  /** Reads the next line of the document. */
  read(line: ScannedLine): void {
    this.readLine(line);
    this.continuesItem = this.open?.kind === "checkbox" && line.role === "text" && line.text.trim() !== "";
  }

  private readLine(line: ScannedLine): void {
    if (line.role !== "text") return this.readFenceLine(line);
    if (this.readHeading(line)) return;
    if (this.readTaskLine(line)) return;
    if (this.open !== null && takeBodyLine(this.open, line)) return;
    this.close();
    this.outside.note(line, this.trail.names(), null);
    this.outside.read(line);
  }

  /** Finishes the last task once every line has been read. */
  end(): void {
    this.close();
  }

  private readFenceLine(line: ScannedLine): void {
    const fence = this.fences[line.fence ?? -1] as Fence;
    if (this.open !== null) {
      if (takeFenceLine(this.open, line, fence)) return;
      this.close();
    }
    if (line.role === "code") this.outside.note(line, this.trail.names(), fence.info);
  }

  private readHeading(line: ScannedLine): boolean {
    const heading = line.text.trimStart()[0] === "#" ? readHeadingLine(line.text) : null;
    if (heading === null) return false;
    const read = this.keyedHeadings ? readHeadingKey : readHeadingTask;
    const task = this.format === "heading" && heading.level >= 2 ? read(heading.text) : null;
    if (task !== null) {
      this.start("heading", line, { indent: 0, level: heading.level }, task, false);
      return true;
    }
    // A sub-heading inside a heading task is part of its body.
    if (this.open?.kind === "heading" && heading.level > this.open.level) {
      this.open.lines.push({ number: line.number, text: line.text, code: false });
      return true;
    }
    this.close();
    this.nesting = [];
    this.trail.enter(heading, line.number);
    this.outside.cue(line.number, heading.text);
    return true;
  }

  private readTaskLine(line: ScannedLine): boolean {
    if (this.format === "heading") return false;
    const checkbox = readCheckboxLine(line.text);
    if (checkbox === null) return false;
    const task = this.taskId(checkbox);
    if (task === null) return false;
    if (!checkbox.bulleted) this.acceptBareTask(line, task.id);
    const kind = checkbox.bulleted ? "checkbox" : "bare-checkbox";
    this.start(kind, line, { indent: line.indent, level: 0 }, task, checkbox.checked);
    return true;
  }

  /**
   * The ID of a checkbox line in this list's format; checklists number their items by position. A
   * checkbox without a bullet is a task only with an ID: in a checklist nothing else marks it as one.
   */
  private taskId({ rest, bulleted }: CheckboxLine): TaskIdAndRest | null {
    if (this.format === "speckit") return readSpeckitId(rest);
    if (this.format === "numbered") return readNumberedId(rest);
    if (this.format === "keyed") return readKeyId(rest);
    if (!bulleted || rest.trim().length === 0) return null;
    this.checklistCount++;
    return { id: `C${String(this.checklistCount).padStart(3, "0")}`, rest };
  }

  /**
   * A checkbox without a bullet is read as a task, unless it directly continues a list item's text:
   * Markdown then shows it inside that task, so whether it is a task of its own is ambiguous.
   */
  private acceptBareTask(line: ScannedLine, id: string): void {
    const item = this.open;
    if (this.continuesItem && item !== null) {
      throw new TaskListError(
        this.path,
        line.number,
        `${id} has a checkbox but no list bullet, and no blank line separates it from ${item.task.id} ` +
          `(line ${item.task.line}), so Markdown reads it as part of ${item.task.id}: write it as ` +
          `\`- [ ] ${id} Title\``,
      );
    }
    this.bareTasks.push({ line: line.number, id });
  }

  private start(
    kind: OpenTask["kind"],
    line: ScannedLine,
    shape: { indent: number; level: number },
    task: TaskIdAndRest,
    checked: boolean,
  ): void {
    this.close();
    const place = {
      source: this.path,
      line: line.number,
      phase: this.trail.phase,
      section: this.trail.section,
    };
    this.open = openTask(kind, { ...shape, place }, task.id, task.rest, checked);
    this.tasks.push(this.open.task);
    if (this.format === "keyed" && kind === "checkbox") this.nest(this.open.task, shape.indent);
  }

  /**
   * A tracker item indented under another ("- [ ] #1207 REST API" with "  - [ ] #1208 GET route" below it)
   * is its sub-issue: the keys carry no hierarchy of their own, the indentation does.
   */
  private nest(task: Task, indent: number): void {
    while ((this.nesting.at(-1)?.indent ?? -1) >= indent) this.nesting.pop();
    const parent = this.nesting.at(-1);
    if (parent) task.nestedUnder = parent.id;
    this.nesting.push({ indent, id: task.id });
  }

  private close(): void {
    if (this.open === null) return;
    finishTask(this.open, this.fences, this.idStyle, this.ignoredPaths);
    this.open = null;
  }
}
