import type { Task } from "../../model/task.js";
import { readableText, withoutCommands } from "../detect-explicit-edges.js";
import { deniesRelation, findMarkers, type Marker } from "./find-markers.js";
import { isNegated, namesNothing, needsNothing, waitsForNothing } from "./clause-negation.js";
import { QUOTED_SPAN, cleanLine, foldText } from "./fold-text.js";
import { narrowPossessives } from "./possessive-parts.js";
import { BN_THIS_TASK } from "./words/bengali-words.js";
import { resolveAnaphora, resolveIt } from "./anaphora.js";
import { namesPreviousTask, withPreviousTask } from "./previous-task.js";
import { readSentence, type SentenceReading } from "./read-sentence.js";
import { contradicted, recordOnlyNeed, recordSentence, setApartHere } from "./record-reading.js";
import { onlyNeed } from "./exclusive-needs.js";
import { ownPosition } from "./own-position.js";
import { withBareIds } from "./bare-ids.js";
import { evidence, findReferences, warnAbout, type ReadingContext } from "./reading-context.js";
import { splitSentences } from "./split-sentences.js";
import { wrappedLines } from "./statement-units.js";
import type { Evidence, FoundReference, Target } from "./statement-types.js";

/**
 * What a task's own text relates it to: "the store needs T002 but gates T009 and T013", "must land
 * before T012", "requires all of group 2", "needs US2's login flow". The task is the subject of its own
 * words; relations between other things it mentions are left to the statements about them. What the
 * explicit-edge detector also reads ("depends on T012") keeps its stronger, stated edge.
 */
export function readTaskNotes(rc: ReadingContext): void {
  for (const task of rc.ctx.list.tasks) {
    // A sentence may wrap onto the next line of the note: it is read whole, from the line it starts on.
    for (const { text: raw, line: i } of wrappedLines(withoutCommands(readableText(task.title, task.body)))) {
      const freedom = i > 0 ? freedomOf(raw) : titleFreedom(raw);
      const plain = foldText(cleanLine(raw));
      // "Depends on nothing in this group": free inside its group, still after the stage before it.
      if (freedom !== null && !OWN_GROUP.test(plain)) rc.out.free.push(task.id);
      if (freedom === "denied") rc.out.denied.push(task.id);
      // A quoted phrase says nothing of order; its quote marks stay, to show a subject stood there.
      const folded = plain.replace(
        QUOTED_SPAN,
        (q) => `${q.slice(0, 1)}${" ".repeat(q.length - 2)}${q.slice(-1)}`,
      );
      // "Goes last, after everything else in this step": the task placed among its own.
      const placed = ownPosition(rc.ctx.list, task, folded);
      if (placed)
        rc.out.relations.push({ ...placed, ...evidence(raw, task.line + i), origin: "task", by: task.id });
      if (!findMarkers(folded).some((m) => m.type === "relation" || m.type === "parallel")) continue;
      // Only lines naming something with a number, or a group ("any user story"), can relate this task to it.
      const line = task.line + i;
      // Digits of any script count ("১.২-এর পরে"): the folded text writes them as ASCII.
      const named =
        /\d/.test(plain) ||
        namesPreviousTask(folded) ||
        findReferences(rc, folded, line).some((r) => r.target.level === "group");
      if (!named) continue;
      readTaskLine(rc, task, cleanLine(raw), folded, line);
    }
  }
}

// A scope that is the task's own group, in the words a note uses for it ("nothing in this group", "nada de
// este grupo", "nichts aus dieser Gruppe", "rien de ce groupe", "niente di questo gruppo").
const OWN_GROUP = new RegExp(
  [
    String.raw`\b(?:this|the\s+same|its|its\s+own)\s+(?:group|step|stage|phase|section|milestone|block)\b`,
    String.raw`\b(?:este|esta|mismo|misma|su)\s+(?:grupo|fase|paso|etapa|bloque)\b`,
    String.raw`\b(?:deste|desta|neste|nesta|este|esta|mesmo|mesma|seu|sua)\s+(?:grupo|fase|passo|etapa|bloco)\b`,
    String.raw`\b(?:ce|cet|cette|meme|son|sa)\s+(?:groupe|phase|etape|bloc)\b`,
    String.raw`\b(?:questo|questa|stesso|stessa|suo|sua)\s+(?:gruppo|fase|passo|blocco)\b`,
    String.raw`\b(?:dies(?:e[rsmn]?)?|derselben|demselben|seine[rsmn]?|ihre[rsmn]?)\s+(?:gruppe|phase|schritt(?:e?s)?|stufe|abschnitt(?:e?s)?|block(?:e?s)?)\b`,
  ].join("|"),
  "iu",
);

/**
 * A note of the task's own that says it waits for nothing: at its opening, a word of parallel work or a
 * denied relation on a line naming no task ("Independent — start any time", "Não depende de nenhuma outra
 * tarefa", "Nie zależy od innych zadań", "Hängt von keiner anderen Aufgabe ab"); or, anywhere, a clause
 * whose subject is the task itself and whose relation is denied without naming a task ("this task depends
 * on no other task of the story", "cette tâche ne dépend d'aucune autre tâche"). "denied" when a relation
 * is denied, "parallel" when only a word of parallel work says so, null when the note says neither.
 */
function freedomOf(raw: string): "denied" | "parallel" | null {
  const { folded, markers, first } = openingMarker(raw);
  if (first !== undefined && first.start <= 20 && !/\d/.test(folded)) {
    const words = folded.slice(first.start, first.end);
    // "No depende de nada", "does not depend on anything": a word of parallel work that denies a relation.
    if (first.type === "parallel") return deniesRelation(words) ? "denied" : "parallel";
    // A negation may follow the verb, as in Japanese and Korean ("他のタスクに依存しない"); or the object
    // is nothing ("Depends on nothing in this phase", "hängt von keiner anderen Aufgabe ab").
    if (first.type === "relation" && isNegated(folded)) return "denied";
    if (first.type === "relation" && first.word.temporal !== true && namesNothing(folded.slice(first.end)))
      return "denied";
  }
  const denied = markers.some((m) => {
    if (m.type !== "relation") return false;
    const lead =
      folded
        .slice(0, m.start)
        .split(/[.;!?]|:(?![a-z\u00C0-\u024F])/iu)
        .at(-1) ?? "";
    const clause = folded.slice(m.end).split(CLAUSE_END)[0] ?? "";
    if (!NAMES_THIS_TASK.test(lead) || /\d/.test(lead) || /\d/.test(clause)) return false;
    return isNegated(lead) || needsNothing(m, folded.slice(m.end));
  });
  return denied ? "denied" : null;
}

/**
 * A note's folded text, its markers, and the first of them that is a claim: code is a name, not a claim
 * ("Commit: `chore(parallel): ...`"), and "[P]" written in prose names the marker ("a single [P] task runs
 * alone", "without [P], but ..."), so the claim is in the words after it.
 */
function openingMarker(raw: string): { folded: string; markers: Marker[]; first: Marker | undefined } {
  const folded = foldText(cleanLine(raw.replace(/`[^`\n]*`/g, (code) => " ".repeat(code.length))));
  const markers = findMarkers(folded);
  const claims = (m: Marker): boolean =>
    !(m.type === "parallel" && m.names === true) && !/^\[p\]$/i.test(folded.slice(m.start, m.end));
  return { folded, markers, first: markers.find(claims) };
}

// A note that is nothing but "no dependencies" in one of its short forms: "(no deps)", "(deps: none)",
// "— no prerequisites", "(no blockers)", "dep: n/a", "dép. : aucune", "Abhängigkeiten: keine"; a parallel sign may follow ("dep: n/a ∥ T025": beside
// it too).
const NO_DEPENDENCIES =
  /^\s*(?:no\s+(?:deps|dependenc(?:y|ies)|prerequisites?|blockers?|predecessors?)|(?:d[eé]ps?\.?|dependencies|depends\s+on|prerequisites|blocked\s+by|d[ée]pendances?|dependencias|depend[êe]ncias|abh[äa]ngigkeiten|zale[żz]no[śs]ci)\s*:\s*(?:none|nothing|n\/a|aucune?|rien|ningun[ao]|nada|nenhuma?|keine|brak|[-—–]))\s*(?:[∥‖].*)?$/iu;

// A title describes the work; a clause set off after it by a dash, a semicolon or a bracket may be a note
// ("Button texts in messages.de.yaml – no [P], but depends on no other task of this phase").
const TITLE_NOTE = /\s[—–-]\s|;\s|\(/u;

/**
 * A note after the title's description that says the task needs nothing ("denied"), or null: its opening
 * word of need has nothing for its object, or is denied with no object or everything for it. A word of
 * parallel work or a negation about the code ("non-blocking call", "after this the stories no longer
 * touch routes.php") frees nothing.
 */
function titleFreedom(title: string): "denied" | null {
  const frees = (note: string): boolean => {
    if (NO_DEPENDENCIES.test(note)) return true;
    const { folded, first } = openingMarker(note);
    if (first === undefined || first.start > 20 || /\d/.test(folded)) return false;
    const rest = folded.slice(first.end);
    if (first.type === "parallel")
      return deniesRelation(folded.slice(first.start, first.end)) && waitsForNothing(rest);
    if (first.type !== "relation" || first.word.temporal === true) return false;
    return namesNothing(rest) || (isNegated(folded) && waitsForNothing(rest));
  };
  const notes = title.split(TITLE_NOTE).slice(1);
  return notes.some((note) => frees(note.replace(/\)[\s.]*$/, ""))) ? "denied" : null;
}

const CLAUSE_END = /[.;,!?]|\s(?:and|but|et|mais|und|aber|y|pero|e|ma|en|maar|och|men|i|a|и|но)\s/iu;

// In a task's own text, "this one" is the task, and so is "this <thing>" it makes as the object of a word
// of order: "... so T015 has to be merged before this one", "T035's metrics are needed by this dashboard",
// "dibutuhkan oleh dasbor ini" ("this phase", "this story" are larger than the task; "this session" as a
// subject is about something else).
const THIS_TASK =
  /(?<![\p{L}])(?:this\s+(?:one|task|step|item)|esta\s+(?:tarea|tarefa)|cette\s+tache|diese\s+aufgabe|questo\s+task|questa\s+attivita|to\s+zadanie|deze\s+taak|эта\s+задача|эту\s+задачу|этой\s+задачи)(?![\p{L}])/giu;
const NAMES_THIS_TASK = new RegExp(THIS_TASK.source, "iu");
const THIS_THING =
  /(?<=(?:^|[^\p{L}])(?:by|before|after|until|oleh|sebelum|setelah|sesudah)\s+)(?:this\s+(?!(?:phase|stage|story|feature|list|section|sprint|release|milestone|epic)(?![\p{L}]))\p{L}[\p{L}-]*|[\p{L}-]+\s+ini)(?![\p{L}])/giu;

// A bare "this" ending a clause whose subject names tasks is the task as their object: "4.3 and 4.4 both
// import this, so ..." (not "that's why we need this": no task stands before it).
// Croatian "ovo" alike ("8.2 čeka na ovo – ...": 8.2 waits for this), a dash also closing the clause.
const THIS_AS_OBJECT = /(?<=(?:^|[.;:(—–])[^.;:(—–]*\d[^.;:(—–]*\s)(?:this|ovo)(?=\s*(?:[,.;:!?)—–]|$))/giu;

// "it" opening a clause of the task's own text, before its verb, is the task: "7.1 and 7.2 are written
// against this contract, so it is merged before either of them" (the clause before named other tasks).
// Vietnamese "nó" (it) before "phải" (must), folded: "nó phải xong trước 7.1".
// "this" alike before a word of need, after an opening scope: "From task 3 this only needs 3.2".
const IT_SUBJECT =
  /(?<=(?:^|[,;:]\s*(?:(?:so|and|but|then|hence|thus)\s+)?))(?:it(?=\s+(?:is|has|must|should|can|will|goes|comes|runs|lands|needs|waits|depends)\b)|no(?=\s+ph(?:a|ả)i(?![\p{L}])))|(?<=(?:^|[,;:]\s*|^(?:of|from|among)\s+(?:task|group|step)\s+[\d.]+\s+))this(?=\s+(?:(?:only|just)\s+)?(?:needs|waits|depends|requires|uses)\b)/giu;

function withThisTask(folded: string, refs: FoundReference[], self: Target): FoundReference[] {
  const said = [
    ...folded.matchAll(IT_SUBJECT),
    ...folded.matchAll(BN_THIS_TASK),
    ...folded.matchAll(THIS_TASK),
    ...folded.matchAll(THIS_THING),
    ...folded.matchAll(THIS_AS_OBJECT),
  ];
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
  const listed = rc.ctx.list.tasks.filter((t) => !t.group);
  const before = listed[listed.findIndex((t) => t.id === task.id) - 1];
  const previous: Target | null = before ? { level: "task", ids: [before.id], written: before.id } : null;
  readWordsAbout(rc, self, text, folded, line, task.id, previous);
}

/**
 * Reads words whose subject, where they name none, is `self`: a task's own text, or the notes cell of a
 * table row about it. Only what relates `self` to something is kept; `by` is the task whose own text it
 * is (null for a row's notes, which are a statement).
 */
export function readWordsAbout(
  rc: ReadingContext,
  self: Target,
  text: string,
  folded: string,
  line: number,
  by: string | null,
  previous: Target | null = null,
): void {
  // "required by T029 in US3": a story right after a task only says where the task is.
  const named = findReferences(rc, folded, line, { ownText: by !== null });
  const found = narrowPossessives(rc, folded, withBareIds(rc, folded, named));
  const refs = withPreviousTask(folded, withThisTask(folded, found, self), previous);
  if (refs.length === 0) return;
  const ids = self.level === "task" ? self.ids : [];
  for (const sentence of splitSentences(text)) {
    const end = sentence.offset + sentence.text.length;
    const own = folded.slice(sentence.offset, end);
    const local = refs
      .filter((r) => r.start >= sentence.offset && r.end <= end)
      .map((r) => ({ ...r, start: r.start - sentence.offset, end: r.end - sentence.offset }));
    const read = readSentence(
      own,
      resolveIt(own, resolveAnaphora(own, local, null), true),
      [self],
      false,
      true,
    );
    const at = evidence(sentence.text, line);
    const names = (side: readonly Target[]): boolean =>
      side.some((t) => t.level === "task" && t.restOf !== true && t.ids.some((id) => ids.includes(id)));
    // The task stands on one side: as the subject its words lend, or named by its own ID.
    const isSelf = (side: readonly Target[]): boolean =>
      side.includes(self) || (side.length === 1 && names(side));
    // "This task need not wait for any user story", "runs beside the stories": free of those phases.
    const freedFrom = [
      ...read.denied.filter((d) => isSelf(d.after)).map((d) => d.before),
      ...read.parallel.flatMap((claim) =>
        claim.members.includes(self) ? [claim.against ?? claim.members] : [],
      ),
    ];
    const phases = [...new Set(freedFrom.flat().flatMap((t) => (t.level === "group" ? t.phases : [])))];
    if (phases.length > 0) for (const task of ids) rc.out.exempt.push({ task, phases, ...at });
    recordOwnRelations(rc, read, at, { isSelf, names, by });
    // "Parallelizable with: T003, T004", "kann parallel zu 5.1 laufen": the task beside others; so is a
    // task whose words deny waiting for others ("nie musi czekać na T019": need not wait for T019).
    const beside = [
      ...read.parallel.filter((claim) => claim.members.includes(self)),
      ...read.denied
        .filter((d) => isSelf(d.after) && d.before.some((t) => t.level === "task"))
        .map((d) => ({ members: [self], against: d.before.filter((t) => t.level === "task") })),
    ];
    if (beside.length > 0) recordSentence(rc, { relations: [], parallel: beside }, at);
    const others = beside
      .flatMap((c) => c.against ?? c.members)
      .flatMap((t) => (t.level === "task" ? t.ids : []));
    for (const task of ids) {
      const apart = others.filter((o) => o !== task);
      if (apart.length > 0) rc.out.ownBeside.push({ task, others: apart, ...at });
    }
  }
}

/**
 * The relations of one sentence of a task's own words that have the task on one side; none that the
 * same sentence says need not wait ("uses T022's card, but need not wait for T022"), with a warning.
 */
function recordOwnRelations(
  rc: ReadingContext,
  read: SentenceReading,
  at: Evidence,
  own: {
    isSelf: (side: readonly Target[]) => boolean;
    names: (side: readonly Target[]) => boolean;
    by: string | null;
  },
): void {
  const apart = setApartHere(read);
  for (const r of read.relations) {
    if (contradicted(r, apart)) {
      warnAbout(rc, at.line, `"${at.quote}" also says the tasks it orders need not wait; no edge from it`);
      continue;
    }
    const first = own.isSelf(r.before) && !own.names(r.after);
    const last = own.isSelf(r.after) && !own.names(r.before);
    if (first || last)
      rc.out.relations.push({
        before: r.before,
        after: r.after,
        ...at,
        ...(own.by ? { origin: "task", by: own.by } : {}),
      });
    if (last && own.by && onlyNeed(r, at, own.by) !== null) recordOnlyNeed(rc, own.by, r.before, at);
  }
}
