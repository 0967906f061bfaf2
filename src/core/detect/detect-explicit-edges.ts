import { CycleError, TaskListError } from "../errors.js";
import type { Task } from "../model/task.js";
import { findDependencyPhrases } from "../parse/extract-task-references.js";
import { KEY_ID_SOURCE, T_ID_SOURCE } from "../parse/task-id-pattern.js";
import { deniedAfter, isDenied } from "./denied-phrase.js";
import type { DetectionContext } from "./detection-context.js";
import { pairKey } from "./statements/apart-pairs.js";
import { foldText } from "./statements/fold-text.js";
import { introducesOther } from "./statements/subject-references.js";
import { isHedged } from "./statements/sentence-modality.js";
import { patternList, type WordList } from "./statements/word-matcher.js";
import { SIMILARITY_WORDS } from "./statements/words/pointer-words.js";

// Requirement links (`_Requirements: 1.2_`, `**Validates: Requirements 1.3**`) name requirements, not tasks;
// acceptance criteria say how the work is checked ("Acceptance: fails until T016 is merged"), not what it needs.
const REQUIREMENT_OR_ACCEPTANCE_LINE =
  /^\s*(?:[-*+]\s+)?[_*]*\s*(?:requirements?|validates|design|spec coverage|acceptance(?:\s+criteria)?\s*[_*]*\s*[:：]|done\s+when\s*[_*]*\s*[:：]|crit[eè]res\s+d['’]acceptation|criterios\s+de\s+aceptaci[oó]n|crit[eé]rios\s+de\s+aceita[cç][aã]o|akzeptanzkriterien)/i;

/**
 * Explicit edges: structured fields (`**Depends**: T003`, GSD `depends_on`) and dependency phrases in a
 * task's own text (`(depends on T012)`, `after T009`, `once T007 lands`, `task 2.1`). A phrase that opens a
 * clause is stated; one inside a sentence about something else is only read from prose (stated: false).
 * A phrase a negation denies ("does not depend on 4.1", "no longer needs T003") binds nothing.
 * A stated dependency on a task that does not exist, or of a task on itself, is an error (TaskListError,
 * CycleError): running the list anyway would ignore an order the author asked for. In prose, a warning.
 */
export function detectExplicitEdges(ctx: DetectionContext): void {
  for (const task of ctx.list.tasks) {
    for (const declared of task.declared) {
      if (!ctx.index.has(declared.id)) {
        throw unknownStated(task, declared.line, declared.id, declared.text);
      }
      // A range written in the field (`T001-T005`) may include the task itself; a single ID may not.
      if (declared.id === task.id && !task.declared.some((d) => d !== declared && d.text === declared.text)) {
        throw selfDependency(task, declared.line, declared.text, ctx.at(task, declared.line));
      }
      ctx.edges.add({
        from: declared.id,
        to: task.id,
        kind: "explicit",
        reason: `explicit "${declared.text}" (${ctx.at(task, declared.line)})`,
        stated: true,
        origin: "field",
        line: declared.line,
      });
    }
    if (ctx.style === "none") continue;
    const text = withoutCommands(readableText(task.title, task.body));
    if (!/\d/.test(text)) continue;
    for (const phrase of findDependencyPhrases(text, ctx.style)) {
      if (isDenied(text, phrase.index) || aboutSomethingElse(text, phrase.index)) continue;
      if (hedgedBefore(text, phrase.index) || deniedAfter(text, phrase.end)) continue;
      if (comparedBefore(text, phrase)) continue;
      const line = task.line + countNewlines(text, phrase.index);
      for (const ref of phrase.references) {
        const resolved = ctx.index.resolve(ref);
        if (resolved.unknown !== null) {
          if (phrase.opensClause) throw unknownStated(task, line, resolved.unknown, phrase.text);
          ctx.unknownReference(task.source, line, resolved.unknown);
          continue;
        }
        if (phrase.opensClause && ref.to === null && resolved.ids[0] === task.id) {
          throw selfDependency(task, line, phrase.text, ctx.at(task, line));
        }
        for (const id of resolved.ids) {
          ctx.edges.add({
            from: id,
            to: task.id,
            kind: "explicit",
            reason: `explicit "${phrase.text}" (${ctx.at(task, line)})${phrase.opensClause ? "" : ", read from prose"}`,
            stated: phrase.opensClause,
            origin: "task",
            line,
          });
        }
      }
    }
  }
}

/**
 * A phrase inside a clause whose subject brings in something other than the task ("a warm-up job for cold
 * starts needs T003 in a later release", "no retry exists until T009") says nothing of the task itself.
 */
function aboutSomethingElse(text: string, index: number): boolean {
  return introducesOther(clauseBefore(text, index));
}

// "from" and its kin in the languages read ("aus", "von", "z", "från", "fra"): a thing another task makes.
const SOURCE_WORD = /^(?:from|aus|von|vom|z|fr[åa]n|fra)\s/i;
let likeness: WordList<string> | null = null;

/**
 * A thing another task makes, named to compare with ("Similar to `LockStock` from T016", "Minder om
 * `LockStock` fra T016"), is not needed: a source word after a word of likeness in its clause binds nothing.
 */
function comparedBefore(text: string, phrase: { index: number; text: string }): boolean {
  if (!SOURCE_WORD.test(phrase.text)) return false;
  likeness ??= patternList(SIMILARITY_WORDS);
  return likeness.findAll(foldText(clauseBefore(text, phrase.index))).length > 0;
}

/**
 * A phrase after a word of hedging in its clause ("you could run it once more after 4.3", "ideally after
 * T010", "(optional: after T003)") binds nothing; a hedge after the phrase ("needs 2.1, or a stub of it")
 * or in an earlier clause ("... into either form (depends on T009)") leaves it binding.
 */
function hedgedBefore(text: string, index: number): boolean {
  // A label's hedge carries over its colon ("Optional: after T003").
  return isHedged(foldText(clauseBefore(text, index, HEDGE_SCOPE_END)));
}

/** The clause a phrase stands in, as a quote. */
function clauseAt(text: string, index: number): string {
  const after = text.slice(index);
  const end = /[.!?](?=\s)|[;\n]/.exec(after)?.index ?? after.length;
  const clause = (clauseBefore(text, index, HEDGE_SCOPE_END) + after.slice(0, end)).trim();
  return clause.length > 100 ? `${clause.slice(0, 97)}...` : clause;
}

/** The line of `text` (0 for the first) an index falls on. */
function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length - 1;
}

/** The words of a phrase's clause before it. */
function clauseBefore(text: string, index: number, end = CLAUSE_END): string {
  const before = text.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(end)) start = m.index + m[0].length;
  // A parenthesis closed before the phrase was an aside of the clause it opened in ("z `Props.ttl` (1.2),
  // wyjątki z 1.5"): the words after it are the phrase's.
  const closed = before.indexOf(")", start);
  return before.slice(closed < 0 ? start : closed + 1);
}

// Where a clause ends: a stop followed by a space (not the dot of "2.1"), a semicolon, a colon, a dash, a
// line break, or the opening of a parenthesis.
const CLAUSE_END = /[.:!?](?=\s)|[;(\n—]/g;
const HEDGE_SCOPE_END = /[.!?](?=\s)|[;(\n—]/g;

/** A task's own words denying that it waits for another: what they say, and where. */
export interface Denial {
  /** The task whose words they are. */
  by: string;
  quote: string;
  line: number;
}

/**
 * The tasks a task's own text says it does not depend on ("does not depend on T004", "no longer needs
 * 2.1"), as pairs in both orders (`pairKey`), each with the words: the author sets them apart, so listing
 * order puts nothing between them, and a name one uses that the other makes is no reason to wait.
 */
export function deniedPairs(ctx: DetectionContext): Map<string, Denial> {
  const out = new Map<string, Denial>();
  if (ctx.style === "none") return out;
  for (const task of ctx.list.tasks) {
    const text = withoutCommands(readableText(task.title, task.body));
    if (!/\d/.test(text)) continue;
    for (const phrase of findDependencyPhrases(text, ctx.style)) {
      if (!isDenied(text, phrase.index)) continue;
      const denial = {
        by: task.id,
        quote: clauseAt(text, phrase.index),
        line: task.line + lineOf(text, phrase.index),
      };
      const ids = phrase.references.flatMap((ref) => ctx.index.resolve(ref).ids);
      for (const id of ids.filter((other) => other !== task.id)) {
        out.set(pairKey(id, task.id), denial);
        out.set(pairKey(task.id, id), denial);
      }
    }
  }
  return out;
}

/** True when the task's own denial of the pair is said in the sentence that holds the clause. */
export function deniedBeside(
  denied: ReadonlyMap<string, Denial>,
  pair: { from: string; to: Task },
  clause: string,
): boolean {
  const denial = denied.get(pairKey(pair.from, pair.to.id));
  return denial !== undefined && denial.by === pair.to.id && denial.quote.includes(clause);
}

/**
 * Whether the author's own words deny the pair (`from`, `to`) an inference would link (`inferred`: "T002
 * names TicketCard, which T001 creates", "T027 mentions R-16"): the denial outweighs the inference, and a
 * warning at the denial's line says what was left out (`dropped`: "no symbol edge between them").
 */
export function deniedInference(
  ctx: DetectionContext,
  denied: ReadonlyMap<string, Denial>,
  pair: { from: string; to: Task },
  inferred: string,
  dropped: string,
): boolean {
  const denial = denied.get(pairKey(pair.from, pair.to.id));
  if (denial === undefined) return false;
  const speaker = ctx.byId.get(denial.by) ?? pair.to;
  ctx.warnings.push(
    `${ctx.at(speaker, denial.line)}: ${inferred}, but ${denial.by}'s own words set the two apart ("${denial.quote}"): ${dropped}`,
  );
  return true;
}

/**
 * A text with its inline commands blanked, keeping positions: a code span holding a space is a command or
 * an expression (`composer require livewire/livewire:^3.4`), whose words are no relation words and whose
 * numbers name no task. A code span without one (a path, a code name) stays: prose names things with it.
 */
export function withoutCommands(text: string): string {
  return text.replace(/`[^`\n]*`/g, (span) => (/\s/.test(span) ? " ".repeat(span.length) : span));
}

/** A task's title and body with code blocks and requirement links blanked out, keeping line positions. */
export function readableText(title: string, body: string): string {
  if (body.length === 0) return title;
  let inFence = false;
  const lines = body.split("\n").map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return "";
    }
    return inFence || REQUIREMENT_OR_ACCEPTANCE_LINE.test(line) ? "" : line.replace(LINK_TO_TASK, "$1");
  });
  return `${title}\n${lines.join("\n")}`;
}

// A tracker exports a relation as a link to the other page, titled with its ID and title ("Blocked by:
// [NOT-10 Series table](NOT-10-series-table-82a8.md), [NOT-14 ...](...)"): the link names that task, and a
// field of several links is a list of IDs.
const LINK_TO_TASK = new RegExp(
  String.raw`\[(${T_ID_SOURCE}|${KEY_ID_SOURCE})(?:[\s:.—–-][^\]\n]*)?\]\([^)\s]*\)`,
  "g",
);

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function unknownStated(task: Task, line: number, written: string, words: string): TaskListError {
  return new TaskListError(
    task.source,
    line,
    `${task.id} says "${words}", but ${written} is not a task in this list; fix the ID or remove the dependency`,
  );
}

function selfDependency(task: Task, line: number, words: string, at: string): CycleError {
  return new CycleError([task.id, task.id], [`explicit "${words}" (${at}): ${task.id} depends on itself`]);
}
