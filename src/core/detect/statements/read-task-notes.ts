import type { Task } from "../../model/task.js";
import { readableText } from "../detect-explicit-edges.js";
import { findMarkers } from "./find-markers.js";
import { cleanLine, foldText } from "./fold-text.js";
import { readSentence } from "./read-sentence.js";
import { evidence, findReferences, type ReadingContext } from "./reading-context.js";
import { splitSentences } from "./split-sentences.js";
import type { Target } from "./statement-types.js";

// A cheap first look for the backward words of statements/words/backward-words.ts.
const BACKWARD_HINT =
  /before|block|preced|gate|enabl|prerequisite|required|needed|dependency|avant|bloqu|pr[eé]c[eè]d|antes|перед|до|блок|之前|以前|阻塞|先于|先於|前に|ブロック|이전|전에|블로킹|차단/i;

/**
 * What a task's own text says goes after it: "the store needs T002 but gates T009 and T013", "must
 * land before T012". The task is the subject of its own words. Only relations that put the task
 * itself first are taken here; what it waits for is read by the explicit-edge detector.
 */
export function readTaskNotes(rc: ReadingContext): void {
  for (const task of rc.ctx.list.tasks) {
    const lines = readableText(task.title, task.body).split("\n");
    lines.forEach((raw, i) => {
      // Only lines naming another task by something with a number can put this one before it.
      if (!/\d/.test(raw) || !BACKWARD_HINT.test(raw)) return;
      const folded = foldText(cleanLine(raw)).replace(/"[^"\n]*"|“[^”]*”/g, (q) => " ".repeat(q.length));
      if (!findMarkers(folded).some((m) => m.type === "relation" && m.word.direction === "backward")) return;
      readTaskLine(rc, task, cleanLine(raw), folded, task.line + i);
    });
  }
}

function readTaskLine(rc: ReadingContext, task: Task, text: string, folded: string, line: number): void {
  const self: Target = { level: "task", ids: [task.id], written: task.id };
  const refs = findReferences(rc, folded, line);
  if (refs.length === 0) return;
  for (const sentence of splitSentences(text)) {
    const end = sentence.offset + sentence.text.length;
    const local = refs
      .filter((r) => r.start >= sentence.offset && r.end <= end)
      .map((r) => ({ ...r, start: r.start - sentence.offset, end: r.end - sentence.offset }));
    const read = readSentence(folded.slice(sentence.offset, end), local, [self], false, true);
    const at = evidence(sentence.text, line);
    for (const r of read.relations) {
      if (r.before.includes(self) && !r.after.some((t) => t.level === "task" && t.ids.includes(task.id)))
        rc.out.relations.push({ before: r.before, after: r.after, ...at, origin: "task" });
    }
  }
}
