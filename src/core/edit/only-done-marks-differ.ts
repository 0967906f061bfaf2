import { onlyStatusDiffers } from "./task-master-status.js";

const CHECKBOX = /^(\s*(?:[-*+]|\d+[.)])\s+)\[[ xX]\]/;

/**
 * True when two versions of a task list differ in done marks only (a checkbox `[ ]` against `[X]`, a Task
 * Master status), and in at least one: what a tick written by maestro but never committed looks like, and
 * nothing else does.
 */
export function onlyDoneMarksDiffer(before: string, after: string): boolean {
  if (before === after) return false;
  const a = before.split("\n");
  const b = after.split("\n");
  if (a.length !== b.length) return false;
  return a.every((line, i) => {
    const other = b[i] ?? "";
    if (line === other || onlyStatusDiffers(line, other)) return true;
    const box = CHECKBOX.exec(line);
    const otherBox = CHECKBOX.exec(other);
    return (
      box !== null &&
      otherBox !== null &&
      box[1] === otherBox[1] &&
      line.slice(box[0].length) === other.slice(otherBox[0].length)
    );
  });
}
