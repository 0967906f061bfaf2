import type { Task } from "../../model/task.js";
import { readableText } from "../detect-explicit-edges.js";
import { findMarkers } from "./find-markers.js";
import { isNegated } from "./read-clause.js";
import { cleanLine, foldText } from "./fold-text.js";
import { readSentence } from "./read-sentence.js";
import { recordSentence } from "./record-reading.js";
import { bareNumberedFrom } from "./find-task-references.js";
import { evidence, findReferences, type ReadingContext } from "./reading-context.js";
import { splitSentences } from "./split-sentences.js";
import type { FoundReference, Target } from "./statement-types.js";

// A cheap first look for the relation words of statements/words/ (the full reading follows).
const RELATION_HINT =
  /before|block|preced|gate|enabl|prerequisite|requir|need|depend|after|wait|once|build|until|follow|rel(?:y|ies)|avant|bloqu|pr[eé]c[eè]d|d[eé]pend|apr[eè]s|une fois|d[eè]s que|jusqu|repose|antes|despu|depois|ap[oó]s|tras|una vez|uma vez|hasta que|at[eé] que|cuanto|assim que|logo que|apoya|apoia|voraus|nach|ben[öo]tig|erforder|braucht|wartet|h[äa]ng|sobald|vor\b|parallel|paralel|alongside|unrelated|nothing to do|overlap|concurren|simultan|at the same time|independ|unabh|gleichzeitig|параллел|並行|並列|并行|병렬|uses|использу|precisa|nutz|dipend|richied|dopo|prima|blocca|hangt|vereist|nadat|zodra|zale|wymaga|przed|blokuj|\bpo\b|verwende|benutz|usa|utiliz|utilis|перед|до|блок|после|завис|треб|之前|以前|阻塞|先于|先於|依赖|依賴|之后|之後|以后|前に|の後|依存|ブロック|이전|전에|이후|후에|의존|블로킹|차단|∥|‖|║|sebelum|setelah|sesudah|gantung|butuh|perlu|blokir|oleh|bersamaan|paralel|innan|efter|beror|kräv|krav|blocker|väntar|vantar|parallellt|oberoende|pendant|tandis/i;

/**
 * What a task's own text relates it to: "the store needs T002 but gates T009 and T013", "must land
 * before T012", "requires all of group 2", "needs US2's login flow". The task is the subject of its own
 * words; relations between other things it mentions are left to the statements about them. What the
 * explicit-edge detector also reads ("depends on T012") keeps its stronger, stated edge.
 */
export function readTaskNotes(rc: ReadingContext): void {
  for (const task of rc.ctx.list.tasks) {
    const lines = readableText(task.title, task.body).split("\n");
    lines.forEach((raw, i) => {
      if (i > 0 && waitsForNothing(raw)) rc.out.free.push(task.id);
      // Only lines naming something with a number can relate this task to it.
      if (!/\d/.test(raw) || !RELATION_HINT.test(raw)) return;
      // A quoted phrase says nothing of order; its quote marks stay, to show a subject stood there.
      const folded = foldText(cleanLine(raw)).replace(
        /"[^"\n]*"|“[^”]*”/g,
        (q) => `${q.slice(0, 1)}${" ".repeat(q.length - 2)}${q.slice(-1)}`,
      );
      if (!findMarkers(folded).some((m) => m.type === "relation" || m.type === "parallel")) return;
      readTaskLine(rc, task, cleanLine(raw), folded, task.line + i);
    });
  }
}

/**
 * A note of the task's own that opens by saying it waits for nothing ("Independent — start any time",
 * "Não depende de nenhuma outra tarefa", "Nie zależy od innych zadań", "Hängt von keiner anderen Aufgabe
 * ab"): it names no task, and a word of parallel work or a denied relation stands in its first words.
 */
function waitsForNothing(raw: string): boolean {
  const folded = foldText(cleanLine(raw));
  if (/\d/.test(folded)) return false;
  const first = findMarkers(folded)[0];
  if (first === undefined || first.start > 20) return false;
  if (first.type === "parallel") return true;
  return first.type === "relation" && isNegated(folded);
}

/**
 * A numbered list's task notes name tasks by bare number where a relation word governs them: after it
 * ("Depende da 2.1"), or before it when its object comes first ("setzt 2.1 voraus", "2.1の後").
 */
function withBareIds(rc: ReadingContext, folded: string, refs: FoundReference[]): FoundReference[] {
  const starts = findMarkers(folded).flatMap((m) => {
    if (m.type === "parallel") return m.takesObject ? [m.start] : [];
    return m.type !== "relation" ? [] : [m.word.object === "precedes" ? 0 : m.start];
  });
  if (starts.length === 0) return refs;
  const bare = bareNumberedFrom(rc.ctx, folded, Math.min(...starts)).filter(
    (b) => !refs.some((r) => r.start < b.end && b.start < r.end),
  );
  return [...refs, ...bare].sort((a, b) => a.start - b.start);
}

// In a task's own text, "this one" is the task, and so is "this <thing>" it makes as the object of a word
// of order: "... so T015 has to be merged before this one", "T035's metrics are needed by this dashboard",
// "dibutuhkan oleh dasbor ini" ("this phase", "this story" are larger than the task; "this session" as a
// subject is about something else).
const THIS_TASK =
  /(?<![\p{L}])(?:this\s+(?:one|task|step|item)|esta\s+(?:tarea|tarefa)|cette\s+tache|diese\s+aufgabe|questo\s+task|questa\s+attivita|to\s+zadanie|deze\s+taak|эта\s+задача|эту\s+задачу|этой\s+задачи)(?![\p{L}])/giu;
const THIS_THING =
  /(?<=(?:^|[^\p{L}])(?:by|before|after|until|oleh|sebelum|setelah|sesudah)\s+)(?:this\s+(?!(?:phase|stage|story|feature|list|section|sprint|release|milestone|epic)(?![\p{L}]))\p{L}[\p{L}-]*|[\p{L}-]+\s+ini)(?![\p{L}])/giu;

function withThisTask(folded: string, refs: FoundReference[], self: Target): FoundReference[] {
  const said = [...folded.matchAll(THIS_TASK), ...folded.matchAll(THIS_THING)];
  const own = said
    .filter((m, i) => !said.some((o, j) => j < i && o.index === m.index))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      target: self,
    }));
  return own.length === 0 ? refs : [...refs, ...own].sort((a, b) => a.start - b.start);
}

function readTaskLine(rc: ReadingContext, task: Task, text: string, folded: string, line: number): void {
  const self: Target = { level: "task", ids: [task.id], written: task.id };
  const refs = withThisTask(folded, withBareIds(rc, folded, findReferences(rc, folded, line)), self);
  if (refs.length === 0) return;
  for (const sentence of splitSentences(text)) {
    const end = sentence.offset + sentence.text.length;
    const local = refs
      .filter((r) => r.start >= sentence.offset && r.end <= end)
      .map((r) => ({ ...r, start: r.start - sentence.offset, end: r.end - sentence.offset }));
    const read = readSentence(folded.slice(sentence.offset, end), local, [self], false, true);
    const at = evidence(sentence.text, line);
    for (const r of read.relations) {
      const names = (side: readonly Target[]): boolean =>
        side.some((t) => t.level === "task" && t.ids.includes(task.id));
      // The task stands on one side: as the subject its words lend, or named by its own ID.
      const isSelf = (side: readonly Target[]): boolean =>
        side.includes(self) || (side.length === 1 && names(side));
      const first = isSelf(r.before) && !names(r.after);
      const last = isSelf(r.after) && !names(r.before);
      if (first || last)
        rc.out.relations.push({ before: r.before, after: r.after, ...at, origin: "task", by: task.id });
    }
    // "Parallelizable with: T003, T004", "kann parallel zu 5.1 laufen": the task beside others.
    const beside = read.parallel.filter((claim) => claim.members.includes(self));
    if (beside.length > 0) recordSentence(rc, { relations: [], parallel: beside }, at);
  }
}
